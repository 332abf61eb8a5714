package pbi.dao.doctor;

/** One value a fix changes, for review: where, as stored, and as it will be ("deleted" for a removed row). */
public record Change(Place place, String before, String after) {

    @Override
    public String toString() {
        return place.describe() + ": " + before + " → " + after;
    }
}
