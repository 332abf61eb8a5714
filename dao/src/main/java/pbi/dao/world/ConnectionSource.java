package pbi.dao.world;

import java.sql.Connection;
import java.sql.SQLException;

/** Opens a connection to the server that holds the world database; {@code DataSource::getConnection} is one. */
@FunctionalInterface
public interface ConnectionSource {

    Connection open() throws SQLException;
}
