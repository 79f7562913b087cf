"""The off-topic doubt: a small naive Bayes model of how delegates word what the event
does not answer, used to doubt an answer the rules give on thin evidence (and, far more
sure, one they give on named evidence: STRONG_DOUBT_ABOVE).

Why a model: the rules (bot.search) answer a clear lead below CONFIDENT on one or two
words of evidence. Wording nobody has seen yet ("how do I finance a car", 郵箱滿了怎麼
清理) shares one such word with an FAQ entry or a session, and words of its own no rule
lists. Word lists fix the sets that prompted them and barely move the next one; a model
of the words that go with off-topic questions (怎么清理, "board game", 游戏下载) carries
over to wording it has not seen: leaving out each writer's set in turn, it doubts about
two in three off-topic answers given on thin evidence, and about one right answer in
twelve given there (which is then offered, one tap away, not lost).

The model is trained by `python -m tests.offtopic_training` on the tuning sets
(tests/data/labelled: each question's label says whether it is off-topic), questions the
program answers (tests/data/answerable) and off-topic probes (tests/data/offtopic); never
on the held-out or first-sight sets. It is a Bernoulli naive Bayes over English words,
English word pairs, Chinese characters and Chinese character pairs of the normalised
text: each feature gets the log ratio of its smoothed document frequencies in the two
classes. Features seen once are dropped (their weight is close to the prior and they
are mostly names).
"""

from __future__ import annotations

import json
import math
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from itertools import pairwise

from bot.textnorm import CJK_RUN, latin_words, normalize

# The log-odds above which a thin answer is doubted, fixed before any fresh set was read:
# leaving each writer's set out in turn, about two in three off-topic answers on thin
# evidence are doubted there, and one right answer in twelve.
DOUBT_ABOVE = 2.0
# On named evidence (above CONFIDENT; a session named beside a wrong city or day; the one
# session a city or day leaves on two words) only a question worded far more like
# off-topic ones is doubted, and only one of more than one word (门票多少钱 is the tickets
# entry's own word and nothing else: what the model knows of 门票 is other places' tickets).
# Fixed the same way: leaving each writer's set out in turn, it doubts 19 of 52 off-topic
# answers given there and 2 of 1,431 right ones (at 6, "how do I book a hotel", 6.01,
# would be offered).
STRONG_DOUBT_ABOVE = 7.0
SMOOTHING = 1.0  # Laplace: a feature never seen off-topic still has a finite weight
MIN_DOCUMENTS = 2  # features in fewer training questions are dropped
MODEL_FILE = "offtopic_model.json"  # shipped beside this module


def features(normal: str) -> frozenset[str]:
    """What the model sees of a normalised question (bot.textnorm.normalize): its words,
    pairs of words, Chinese characters and pairs of characters."""
    found: set[str] = set()
    words = latin_words(normal)
    found.update("w:" + word for word in words)
    found.update(f"p:{first}_{second}" for first, second in pairwise(words))
    for run in CJK_RUN.findall(normal):
        found.update("c:" + char for char in run)
        found.update("g:" + run[i : i + 2] for i in range(len(run) - 1))
    return frozenset(found)


@dataclass(frozen=True)
class OffTopicModel:
    """Log prior odds of off-topic and each feature's log likelihood ratio."""

    prior: float
    weights: Mapping[str, float]

    def log_odds(self, normal: str) -> float:
        """How much more likely a normalised question is off-topic than the event's."""
        weights = self.weights
        return self.prior + sum(weights.get(feature, 0.0) for feature in features(normal))

    def doubts(self, normal: str, above: float = DOUBT_ABOVE) -> bool:
        return self.log_odds(normal) > above

    def to_json(self) -> str:
        weights = dict(sorted(self.weights.items()))
        return json.dumps({"prior": self.prior, "weights": weights}, ensure_ascii=False, indent=0)


def train(examples: Iterable[tuple[str, bool]]) -> OffTopicModel:
    """The model of (question, off-topic) examples; the same examples give the same model."""
    documents = {True: Counter[str](), False: Counter[str]()}
    totals = Counter[bool]()
    for text, off_topic in examples:
        documents[off_topic].update(features(normalize(text)))
        totals[off_topic] += 1
    off, on = totals[True], totals[False]
    if not off or not on:
        raise ValueError("training needs both off-topic and answered questions")
    weights: dict[str, float] = {}
    for feature in documents[True].keys() | documents[False].keys():
        seen_off, seen_on = documents[True][feature], documents[False][feature]
        if seen_off + seen_on < MIN_DOCUMENTS:
            continue
        likelihood_off = (seen_off + SMOOTHING) / (off + 2 * SMOOTHING)
        likelihood_on = (seen_on + SMOOTHING) / (on + 2 * SMOOTHING)
        weights[feature] = round(math.log(likelihood_off / likelihood_on), 4)
    return OffTopicModel(prior=round(math.log(off / on), 4), weights=weights)


def load_model(text: str) -> OffTopicModel:
    data = json.loads(text)
    return OffTopicModel(prior=float(data["prior"]), weights=dict(data["weights"]))


@cache
def shipped_model() -> OffTopicModel:
    """The model trained on the tuning sets, shipped with the package."""
    return load_model(resources.files("bot").joinpath(MODEL_FILE).read_text(encoding="utf-8"))
