package pbi.dao.geo;

/**
 * How many bots stand in one cell of a grid laid over a view: {@code column} counts from the view's west edge
 * (screen left), {@code row} from its north edge (screen top).
 */
public record DensityCell(int column, int row, long bots) {
}
