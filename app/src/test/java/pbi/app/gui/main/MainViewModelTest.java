package pbi.app.gui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** What the window shows about itself; no toolkit, no database. */
class MainViewModelTest {

    @Test
    void theConnectionIsShownWithoutUserPasswordOrQuery() {
        assertThat(MainViewModel.maskedUrl("jdbc:mysql://trinity:secret@realm.example:3306/characters"
                + "?password=secret&useSSL=true")).isEqualTo("jdbc:mysql://realm.example:3306/characters");
        assertThat(MainViewModel.maskedUrl("jdbc:mariadb://localhost:3306/playerbot"))
                .isEqualTo("jdbc:mariadb://localhost:3306/playerbot");
    }

    @Test
    void aboutNamesVersionDataDirectoryLogFileAndConnection() {
        AppInfo info = new AppInfo("1.0.0", Path.of("/data/pbi"), Path.of("/data/pbi/logs/inspector.log"));

        assertThat(info.describe("jdbc:mysql://realm.example:3306/characters")).isEqualTo("Version: 1.0.0\n"
                + "Data directory: /data/pbi\nLog file: /data/pbi/logs/inspector.log\n"
                + "Connection: jdbc:mysql://realm.example:3306/characters");
    }
}
