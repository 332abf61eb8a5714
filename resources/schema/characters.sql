-- A subset of TrinityCore's `characters` table, for the embedded demo database only.
-- Column names and types follow TrinityCore 3.3.5; the columns the tool does not read are left out.

CREATE TABLE IF NOT EXISTS characters (
    guid INT UNSIGNED NOT NULL DEFAULT 0,
    account INT UNSIGNED NOT NULL DEFAULT 0,
    name VARCHAR(12) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    race TINYINT UNSIGNED NOT NULL DEFAULT 0,
    class TINYINT UNSIGNED NOT NULL DEFAULT 0,
    gender TINYINT UNSIGNED NOT NULL DEFAULT 0,
    level TINYINT UNSIGNED NOT NULL DEFAULT 0,
    money INT UNSIGNED NOT NULL DEFAULT 0,
    map SMALLINT UNSIGNED NOT NULL DEFAULT 0,
    zone SMALLINT UNSIGNED NOT NULL DEFAULT 0,
    online TINYINT UNSIGNED NOT NULL DEFAULT 0,
    PRIMARY KEY (guid),
    KEY idx_account (account),
    KEY idx_online (online),
    KEY idx_name (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
