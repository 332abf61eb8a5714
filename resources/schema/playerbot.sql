-- The three playerbot tables, exactly as the server's persistence layer defines them.
-- Valid on MySQL 8 and MariaDB 10.6+. The tool never runs this against a user's server:
-- it is used for the embedded demo database and for tests.

CREATE TABLE IF NOT EXISTS playerbot_state (
    bot_guid BIGINT UNSIGNED PRIMARY KEY,
    position_x FLOAT NOT NULL,
    position_y FLOAT NOT NULL,
    position_z FLOAT NOT NULL,
    map_id INT UNSIGNED NOT NULL,
    zone_id INT UNSIGNED NOT NULL,
    orientation FLOAT NOT NULL DEFAULT 0,
    gold_copper BIGINT UNSIGNED NOT NULL DEFAULT 0,
    health INT UNSIGNED NOT NULL,
    mana INT UNSIGNED NOT NULL,
    level TINYINT UNSIGNED NOT NULL,
    last_updated TIMESTAMP DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,

    INDEX idx_map_zone (map_id, zone_id),
    INDEX idx_last_updated (last_updated)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE IF NOT EXISTS playerbot_inventory (
    bot_guid BIGINT UNSIGNED NOT NULL,
    bag TINYINT UNSIGNED NOT NULL,
    slot TINYINT UNSIGNED NOT NULL,
    item_id INT UNSIGNED NOT NULL,
    item_guid BIGINT UNSIGNED NOT NULL,
    stack_count INT UNSIGNED NOT NULL DEFAULT 1,
    enchantments TEXT,
    durability INT UNSIGNED NOT NULL DEFAULT 0,
    last_updated TIMESTAMP DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,

    PRIMARY KEY (bot_guid, bag, slot),
    INDEX idx_item_id (item_id),
    INDEX idx_last_updated (last_updated)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE IF NOT EXISTS playerbot_equipment (
    bot_guid BIGINT UNSIGNED NOT NULL,
    slot TINYINT UNSIGNED NOT NULL,
    item_id INT UNSIGNED NOT NULL,
    item_guid BIGINT UNSIGNED NOT NULL,
    enchantments TEXT,
    gems TEXT,
    durability INT UNSIGNED NOT NULL DEFAULT 0,
    last_updated TIMESTAMP DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,

    PRIMARY KEY (bot_guid, slot),
    INDEX idx_item_id (item_id),
    INDEX idx_last_updated (last_updated)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
