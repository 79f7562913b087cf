-- 11: a counter that every change to what suggestions read (networking profiles, names
-- and organizations, sign-ups) moves, so the service keeps the opted-in delegates in
-- memory and reads them again only after a change, from this process or another.
CREATE TABLE network_version (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    version INTEGER NOT NULL
);
INSERT INTO network_version (id, version) VALUES (1, 0);
CREATE TRIGGER network_profiles_inserted AFTER INSERT ON network_profiles
BEGIN UPDATE network_version SET version = version + 1; END;
CREATE TRIGGER network_profiles_updated AFTER UPDATE ON network_profiles
BEGIN UPDATE network_version SET version = version + 1; END;
CREATE TRIGGER network_profiles_deleted AFTER DELETE ON network_profiles
BEGIN UPDATE network_version SET version = version + 1; END;
CREATE TRIGGER profiles_inserted AFTER INSERT ON profiles
BEGIN UPDATE network_version SET version = version + 1; END;
CREATE TRIGGER profiles_updated AFTER UPDATE ON profiles
BEGIN UPDATE network_version SET version = version + 1; END;
CREATE TRIGGER profiles_deleted AFTER DELETE ON profiles
BEGIN UPDATE network_version SET version = version + 1; END;
CREATE TRIGGER signups_inserted AFTER INSERT ON signups
BEGIN UPDATE network_version SET version = version + 1; END;
CREATE TRIGGER signups_updated AFTER UPDATE ON signups
BEGIN UPDATE network_version SET version = version + 1; END;
CREATE TRIGGER signups_deleted AFTER DELETE ON signups
BEGIN UPDATE network_version SET version = version + 1; END;
