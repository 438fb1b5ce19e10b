namespace IntegritySite.Intake.Storage.Sqlite;

/// <summary>
/// The database's folder (0700) and file (0600) are this user's only, before SQLite first opens it: SQLite gives its
/// -wal and -shm files the database file's permissions, so they are private too.
/// </summary>
internal static class PrivateFiles
{
    public static void Prepare(string databasePath)
    {
        var folder = Path.GetDirectoryName(databasePath)!;
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(folder);
            return;
        }
        if (!Directory.Exists(folder))
        {
            Directory.CreateDirectory(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
        if (!File.Exists(databasePath))
        {
            using var _ = new FileStream(databasePath, new FileStreamOptions
            {
                Mode = FileMode.CreateNew,
                Access = FileAccess.Write,
                UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite,
            });
        }
        File.SetUnixFileMode(databasePath, UnixFileMode.UserRead | UnixFileMode.UserWrite);
    }
}
