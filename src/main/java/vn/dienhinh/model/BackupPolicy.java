package vn.dienhinh.model;

/**
 * Which automatic backups are kept: the newest of each of the last {@code daily} days that have one,
 * of each of the last {@code weekly} weeks and of each of the last {@code monthly} months, and never
 * more, all together, than {@code diskShare} of the space they may use (the disk's free space and
 * their own); the oldest go first, the newest always stays.
 */
public record BackupPolicy(int daily, int weekly, int monthly, double diskShare) {

    /** 7 daily, 4 weekly, 12 monthly, at most a quarter of the disk's free space. */
    public static final BackupPolicy DEFAULT = new BackupPolicy(7, 4, 12, 0.25);

    public BackupPolicy {
        if (daily < 1 || weekly < 0 || monthly < 0 || !(diskShare > 0 && diskShare <= 1)) {
            throw new IllegalArgumentException("backup policy " + daily + "/" + weekly + "/" + monthly + "/" + diskShare);
        }
    }
}
