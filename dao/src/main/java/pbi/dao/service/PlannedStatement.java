package pbi.dao.service;

/**
 * One statement a save will run: the mapper statement id, its parameter object, and a line for people.
 */
public record PlannedStatement(String statementId, Object parameter, String summary) {
}
