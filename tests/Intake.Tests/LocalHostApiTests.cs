using IntegritySite.LocalHost;

namespace IntegritySite.Intake.Tests;

public sealed class LocalHostApiTests
{
    [Fact]
    public void Officer_setup_creates_private_files_with_mode_600_and_reuses_them()
    {
        var directory = Directory.CreateTempSubdirectory("officer-setup-").FullName;
        try
        {
            var first = LocalOfficerSetup.Ensure(directory);
            var second = LocalOfficerSetup.Ensure(directory);

            Assert.True(first.CreatedNow);
            Assert.False(second.CreatedNow);
            Assert.Equal(first, second with { CreatedNow = true, OfficerPublicKeys = first.OfficerPublicKeys, OfficerVerifyKeys = first.OfficerVerifyKeys });
            Assert.Equal(first.OfficerPublicKeys, second.OfficerPublicKeys);
            Assert.Equal(first.OfficerVerifyKeys, second.OfficerVerifyKeys);
            if (!OperatingSystem.IsWindows())
            {
                var privateFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;
                foreach (var file in Directory.GetFiles(directory, "*", SearchOption.AllDirectories))
                {
                    Assert.Equal(privateFile, File.GetUnixFileMode(file));
                }
                Assert.Equal(privateFile | UnixFileMode.UserExecute, File.GetUnixFileMode(first.IntakeDirectory));
                Assert.Equal(privateFile | UnixFileMode.UserExecute, File.GetUnixFileMode(first.OfficerDirectory));
            }
            // The server's folder holds no private key and not the API key itself, only its hash.
            var serverFiles = Directory.GetFiles(first.IntakeDirectory).Select(Path.GetFileName).Order().ToList();
            Assert.Equal([LocalOfficerSetup.ApiKeyHashFile, LocalOfficerSetup.PublicKeyFile, LocalOfficerSetup.VerifyKeyFile, LocalOfficerSetup.ReceiptSecretFile], serverFiles);
            Assert.DoesNotContain(first.OfficerApiKey, string.Concat(Directory.GetFiles(first.IntakeDirectory).Select(File.ReadAllText)));
            Assert.Equal(32, Convert.FromBase64String(Assert.Single(first.OfficerPublicKeys)).Length);
            Assert.Equal(32, Convert.FromBase64String(Assert.Single(first.OfficerVerifyKeys)).Length);
            Assert.Equal(32, Convert.FromBase64String(first.ReceiptHashSecret).Length);
            Assert.NotEqual(first.OfficerApiKey, first.OfficerApiKeyHash);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public async Task Missing_azurite_says_to_run_npm_ci()
    {
        var emptyRoot = Directory.CreateTempSubdirectory("no-azurite-").FullName;
        try
        {
            var error = await Assert.ThrowsAsync<FileNotFoundException>(() => AzuriteServer.StartAsync(emptyRoot, null));
            Assert.Contains("npm ci", error.Message);
        }
        finally
        {
            Directory.Delete(emptyRoot, recursive: true);
        }
    }
}
