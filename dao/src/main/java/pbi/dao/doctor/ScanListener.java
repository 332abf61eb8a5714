package pbi.dao.doctor;

/** Receives a scan's findings as they are found, and its progress. Called on the scanning thread. */
public interface ScanListener {

    void finding(Finding finding);

    /** @param fraction 0 to 1 */
    default void progress(double fraction, String phase) {
    }
}
