namespace IntegritySite.Intake;

public enum StoreEngine
{
    /// <summary>Embedded SQLite file (WAL, synchronous commits): <c>serve</c> and single-server hosting.</summary>
    Sqlite,

    /// <summary>Azure Table storage (Azurite locally): the cloud deployment.</summary>
    Table,
}
