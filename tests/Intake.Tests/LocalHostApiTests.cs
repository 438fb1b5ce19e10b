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
            Assert.Equal(first, second with { CreatedNow = true });
            if (!OperatingSystem.IsWindows())
            {
                Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(first.OfficerPrivateKeyPath));
                Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(directory, LocalOfficerSetup.ReceiptSecretFile)));
            }
            Assert.True(File.Exists(Path.Combine(directory, LocalOfficerSetup.PublicKeyFile)));
            Assert.Equal(32, Convert.FromBase64String(first.OfficerPublicKey).Length);
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
