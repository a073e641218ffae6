package nl.lerendstelsel.domain.model.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Working days in the Netherlands: Monday to Friday, except the public holidays, which are <em>computed</em> for
 * any year (Easter by the Gregorian computus), never listed per year.
 *
 * <p>The holidays are those of article 3 of the Algemene termijnenwet, the law that decides how statutory periods
 * in working days are counted: Nieuwjaarsdag, Tweede Paasdag, Hemelvaartsdag, Tweede Pinksterdag, Koningsdag, Eerste
 * en Tweede Kerstdag, and the fifth of May (Bevrijdingsdag). Eerste Paasdag and Eerste Pinksterdag are Sundays and
 * listed for completeness. Two days differ in practice, so they are options:
 * <ul>
 *   <li><b>Goede Vrijdag</b> is not in the law's list; many employers give it off, many do not. Default: a working
 *       day ({@code lerendstelsel.werkdagen.goede-vrijdag=false}).</li>
 *   <li><b>Bevrijdingsdag</b> is in the law every year, while many collective agreements give it off only in lustrum
 *       years (2025, 2030, …). Default: every year, as the law counts periods
 *       ({@code lerendstelsel.werkdagen.bevrijdingsdag=ELK_JAAR}; also {@code LUSTRUM} or {@code NOOIT}).</li>
 * </ul>
 * Koningsdag is 27 April, or 26 April when the 27th is a Sunday. Instances are immutable and thread-safe; the
 * holidays of a year are computed once and cached.
 */
public final class WorkingDayCalendar {

    /** When Bevrijdingsdag (5 May) is a holiday. */
    public enum LiberationDay {
        /** Every year, as the Algemene termijnenwet counts periods. */
        ELK_JAAR,
        /** Only in years divisible by five, as many collective agreements give it off. */
        LUSTRUM,
        /** Never. */
        NOOIT
    }

    /** A public holiday: its date and its name in Dutch and English. */
    public record Holiday(LocalDate date, String dutch, String english) {
        public Holiday {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(dutch, "dutch");
            Objects.requireNonNull(english, "english");
        }
    }

    private final boolean goodFriday;
    private final LiberationDay liberationDay;
    private final Map<Integer, Map<LocalDate, Holiday>> byYear = new ConcurrentHashMap<>();

    public WorkingDayCalendar(boolean goodFriday, LiberationDay liberationDay) {
        this.goodFriday = goodFriday;
        this.liberationDay = Objects.requireNonNull(liberationDay, "liberationDay");
    }

    /** The calendar of the Algemene termijnenwet: Goede Vrijdag a working day, Bevrijdingsdag every year. */
    public static WorkingDayCalendar statutory() {
        return new WorkingDayCalendar(false, LiberationDay.ELK_JAAR);
    }

    /** Easter Sunday of a Gregorian year (anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
    public static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }

    /** The public holidays of a year in date order, including those on a weekend. */
    public List<Holiday> holidays(int year) {
        return holidayMap(year).values().stream().sorted(Comparator.comparing(Holiday::date)).toList();
    }

    /** The holiday on this date, if any. */
    public Optional<Holiday> holiday(LocalDate date) {
        return Optional.ofNullable(holidayMap(date.getYear()).get(date));
    }

    /** Whether people work on this date: a weekday that is not a public holiday. */
    public boolean isWorkingDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !holidayMap(date.getYear()).containsKey(date);
    }

    /**
     * The date {@code days} working days after {@code date} (before it when negative); {@code date} itself never
     * counts. Zero gives {@code date} itself, working day or not. So a period of 10 working days that starts on a
     * Friday ends on the second Friday after it when no holiday intervenes.
     */
    public LocalDate plusWorkingDays(LocalDate date, int days) {
        Objects.requireNonNull(date, "date");
        int step = days >= 0 ? 1 : -1;
        LocalDate current = date;
        for (int left = Math.abs(days); left > 0; ) {
            current = current.plusDays(step);
            if (isWorkingDay(current)) {
                left--;
            }
        }
        return current;
    }

    /**
     * The number of working days after {@code from} up to and including {@code to}; negative (counted the same way,
     * backwards) when {@code to} lies before {@code from}. The inverse of {@link #plusWorkingDays}: for every date
     * and every n &ge; 0, {@code workingDaysBetween(d, plusWorkingDays(d, n)) == n}.
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    private Map<LocalDate, Holiday> holidayMap(int year) {
        return byYear.computeIfAbsent(year, this::compute);
    }

    private Map<LocalDate, Holiday> compute(int year) {
        LocalDate easter = easterSunday(year);
        List<Holiday> list = new ArrayList<>();
        list.add(new Holiday(LocalDate.of(year, Month.JANUARY, 1), "Nieuwjaarsdag", "New Year's Day"));
        if (goodFriday) {
            list.add(new Holiday(easter.minusDays(2), "Goede Vrijdag", "Good Friday"));
        }
        list.add(new Holiday(easter, "Eerste Paasdag", "Easter Sunday"));
        list.add(new Holiday(easter.plusDays(1), "Tweede Paasdag", "Easter Monday"));
        LocalDate kingsDay = LocalDate.of(year, Month.APRIL, 27);
        if (kingsDay.getDayOfWeek() == DayOfWeek.SUNDAY) {
            kingsDay = kingsDay.minusDays(1);
        }
        list.add(new Holiday(kingsDay, "Koningsdag", "King's Day"));
        if (liberationDay == LiberationDay.ELK_JAAR || liberationDay == LiberationDay.LUSTRUM && year % 5 == 0) {
            list.add(new Holiday(LocalDate.of(year, Month.MAY, 5), "Bevrijdingsdag", "Liberation Day"));
        }
        list.add(new Holiday(easter.plusDays(39), "Hemelvaartsdag", "Ascension Day"));
        list.add(new Holiday(easter.plusDays(49), "Eerste Pinksterdag", "Whit Sunday"));
        list.add(new Holiday(easter.plusDays(50), "Tweede Pinksterdag", "Whit Monday"));
        list.add(new Holiday(LocalDate.of(year, Month.DECEMBER, 25), "Eerste Kerstdag", "Christmas Day"));
        list.add(new Holiday(LocalDate.of(year, Month.DECEMBER, 26), "Tweede Kerstdag", "Boxing Day"));
        Map<LocalDate, Holiday> map = new HashMap<>();
        // Two holidays can fall on one date (Bevrijdingsdag on Hemelvaartsdag, as in 2016): keep the first named.
        list.forEach(holiday -> map.putIfAbsent(holiday.date(), holiday));
        return Map.copyOf(map);
    }
}
