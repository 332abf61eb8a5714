package pbi.app.gui.editor;

import pbi.dao.domain.BotSnapshot;
import pbi.dao.json.BotJson;

/** The JSON tab's text: the export format itself, so it shows exactly what "Copy as JSON" and Export write. */
public final class JsonDump {

    private JsonDump() {
    }

    public static String of(BotSnapshot bot) {
        return bot == null ? "" : BotJson.toJson(bot, null);
    }
}
