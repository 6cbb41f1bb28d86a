package vn.dienhinh.model;

/**
 * What the registry cannot know by itself of an exemplar's year: how it completed its tasks and
 * how many of its initiatives (sáng kiến) were recognised. One per exemplar and year.
 */
public record YearlyResult(Long id, long exemplarId, int year, TaskRating rating, int initiatives, String note) {
}
