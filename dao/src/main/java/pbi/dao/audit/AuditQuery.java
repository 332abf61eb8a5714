package pbi.dao.audit;

import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which records to read: one bot, from a time on, by one user (OS or database account); null means any. At most
 * {@code limit} records, the newest ones.
 */
public record AuditQuery(BigInteger bot, Instant since, String user, int limit) {

    /** Enough for a screen or a terminal; a larger audit is read through narrower filters. */
    public static final int DEFAULT_LIMIT = 10_000;

    private static final Pattern RELATIVE = Pattern.compile("(\\d{1,9})\\s*([smhdw])");

    public static AuditQuery all() {
        return new AuditQuery(null, null, null, DEFAULT_LIMIT);
    }

    public boolean matches(AuditRecord r) {
        return (bot == null || bot.equals(r.bot())) && (since == null || !r.time().isBefore(since))
                && (user == null || r.byUser(user));
    }

    /**
     * A time as a user writes it: relative ("30m", "2h", "7d", "2w": that long before {@code now}), an ISO date
     * ("2026-12-02", its start), a date and time ("2026-12-02T10:00", UTC) or an instant with an offset
     * ("2026-12-02T10:00:00+01:00").
     *
     * @throws IllegalArgumentException with a message naming the text and the forms it may take
     */
    public static Instant parseTime(String text, Instant now) {
        String t = text == null ? "" : text.strip();
        Matcher m = RELATIVE.matcher(t.toLowerCase(Locale.ROOT));
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            Duration unit = switch (m.group(2)) {
                case "s" -> Duration.ofSeconds(1);
                case "m" -> Duration.ofMinutes(1);
                case "h" -> Duration.ofHours(1);
                case "d" -> Duration.ofDays(1);
                default -> Duration.ofDays(7);
            };
            return now.minus(unit.multipliedBy(n));
        }
        try {
            if (t.length() == 10) {
                return LocalDate.parse(t).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            if (t.endsWith("Z") || t.matches(".*[+-]\\d\\d:\\d\\d$")) {
                return OffsetDateTime.parse(t).toInstant();
            }
            return LocalDateTime.parse(t).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + t + "' is not a time: write 2h, 7d or 30m (that long ago),"
                    + " 2026-12-02, 2026-12-02T10:00 (UTC) or 2026-12-02T10:00:00+01:00");
        }
    }
}
