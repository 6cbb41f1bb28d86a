package vn.dienhinh.service;

import java.time.LocalDate;
import java.util.List;
import vn.dienhinh.model.Activity;
import vn.dienhinh.model.Quarter;
import vn.dienhinh.store.ActivityRepository;
import vn.dienhinh.util.UserException;
import vn.dienhinh.util.VietnameseText;

/** Propaganda activities: how exemplars were made known. */
public final class ActivityService {

    private final ActivityRepository activities;
    private final java.time.Clock clock;

    public ActivityService(ActivityRepository activities, java.time.Clock clock) {
        this.activities = activities;
        this.clock = clock;
    }

    public Activity save(Activity a) {
        String title = VietnameseText.cleanOrNull(a.title());
        if (title == null) {
            throw new UserException("activity.titleRequired");
        }
        if (a.form() == null) {
            throw new UserException("activity.formRequired");
        }
        if (a.date() == null || a.date().isAfter(LocalDate.now(clock).plusYears(1))) {
            throw new UserException("activity.date");
        }
        String link = VietnameseText.cleanOrNull(a.link());
        if (link != null && !link.matches("(?i)https?://\\S+")) {
            throw new UserException("activity.linkInvalid", link);
        }
        return activities.save(new Activity(a.id(), a.form(), a.date(), title, link, a.unitId(), a.campaignId(),
                VietnameseText.cleanOrNull(a.note()), a.exemplarIds()));
    }

    public void delete(long id) {
        activities.delete(id);
    }

    public List<Activity> ofQuarter(Quarter q) {
        return activities.between(q.start(), q.end());
    }

    public List<Activity> between(LocalDate from, LocalDate to) {
        return activities.between(from, to);
    }

    public List<Activity> ofExemplar(long exemplarId) {
        return activities.ofExemplar(exemplarId);
    }
}
