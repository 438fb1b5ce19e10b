using IntegritySite.Intake.Storage;
using IntegritySite.Intake.Storage.Tables;
using IntegritySite.Intake.Tests.Infrastructure;

namespace IntegritySite.Intake.Tests.StoreContract;

/// <summary>The contract on Azure Table storage (Azurite): a fresh table per test.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class TableStoreContractTests(AzuriteFixture azurite) : ComplaintStoreContract
{
    protected override Task<IComplaintStore> NewStoreAsync() =>
        Task.FromResult<IComplaintStore>(new TableComplaintStore(new IntakeOptions
        {
            Store = StoreEngine.Table,
            TableConnectionString = azurite.Server.ConnectionString,
            TableName = "c" + Guid.NewGuid().ToString("N")[..24],
        }));
}
