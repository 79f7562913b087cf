"""The delegates' assistant: `python run_bot.py --help` lists what it can do.

Everything is built in bot/app.py (the services) and handlers/run.py (the Telegram
Application); the command line is bot/cli.py.
"""

import sys

from bot.cli import main

if __name__ == "__main__":
    sys.exit(main())
