package pbi.dao.json;

/** Tells the caller how far an export or import got, and lets it stop one. Called on the working thread. */
public interface ExportProgress {

    ExportProgress NONE = (done, total) -> { };

    /**
     * @param total the number of bots expected, or -1 when unknown
     */
    void progress(long done, long total);

    /** Checked between bots; once true the work stops after the current bot. */
    default boolean cancelled() {
        return false;
    }
}
