namespace IntegritySite.LocalSite;

public enum LocalStore
{
    /// <summary>The embedded SQLite store in the state folder: every acknowledged report is on disk.</summary>
    Sqlite,

    /// <summary>Azurite (Azure Table storage emulator), to try the cloud engine locally. Not durable: it saves every few seconds.</summary>
    Azurite,
}
