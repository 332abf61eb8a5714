package pbi.dao.service;

/**
 * One statement a unit of work will run: which typed write, its parameter, and a line for people.
 */
public record PlannedStatement(Write write, Object parameter, String summary) {

    /** The mapper statement id, for printing the SQL. */
    public String statementId() {
        return write.statementId();
    }
}
