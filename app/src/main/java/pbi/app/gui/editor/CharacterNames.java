package pbi.app.gui.editor;

/** The names of WotLK's races and classes ({@code characters.race} and {@code characters.class}). */
final class CharacterNames {

    private static final String[] RACES = {null, "Human", "Orc", "Dwarf", "Night Elf", "Undead", "Tauren", "Gnome",
        "Troll", null, "Blood Elf", "Draenei"};
    private static final String[] CLASSES = {null, "Warrior", "Paladin", "Hunter", "Rogue", "Priest", "Death Knight",
        "Shaman", "Mage", "Warlock", null, "Druid"};

    private CharacterNames() {
    }

    static String race(int id) {
        return id > 0 && id < RACES.length && RACES[id] != null ? RACES[id] : "race " + id;
    }

    static String characterClass(int id) {
        return id > 0 && id < CLASSES.length && CLASSES[id] != null ? CLASSES[id] : "class " + id;
    }
}
