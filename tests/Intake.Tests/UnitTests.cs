using IntegritySite.Intake.Abuse;
using IntegritySite.Intake.Crypto;
using IntegritySite.Intake.Pages;
using IntegritySite.Intake.Tests.Infrastructure;

namespace IntegritySite.Intake.Tests;

public sealed class ReceiptCodeTests
{
    [Fact]
    public void Generated_receipts_are_16_digits_displayed_in_groups_of_four()
    {
        var receipts = Enumerable.Range(0, 200).Select(_ => ReceiptCode.Generate()).ToList();
        Assert.All(receipts, r => Assert.Matches("^[0-9]{16}$", r.Value));
        Assert.All(receipts, r => Assert.Matches("^[0-9]{4} [0-9]{4} [0-9]{4} [0-9]{4}$", r.Display));
        Assert.Equal(200, receipts.Select(r => r.Value).Distinct().Count());
        Assert.Equal("[receipt]", receipts[0].ToString());
    }

    [Fact]
    public void Receipt_digits_are_uniformly_distributed()
    {
        var counts = new int[10];
        foreach (var c in Enumerable.Range(0, 5000).SelectMany(_ => ReceiptCode.Generate().Value))
        {
            counts[c - '0']++;
        }
        // 80,000 digits: expected 8,000 each; 5 % tolerance is over 9 standard deviations.
        Assert.All(counts, count => Assert.InRange(count, 7600, 8400));
    }

    [Theory]
    [InlineData("1234567890123456")]
    [InlineData("1234 5678 9012 3456")]
    [InlineData("1234-5678-9012-3456")]
    [InlineData("  1234 - 5678 - 9012 - 3456 ")]
    [InlineData("๑๒๓๔ ๕๖๗๘ ๙๐๑๒ ๓๔๕๖")]
    public void Receipts_parse_with_or_without_separators(string text)
    {
        Assert.True(ReceiptCode.TryParse(text, out var receipt));
        Assert.Equal("1234567890123456", receipt.Value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("123456789012345")]
    [InlineData("12345678901234567")]
    [InlineData("1234.5678.9012.3456")]
    [InlineData("abcd efgh ijkl mnop")]
    public void Malformed_receipts_are_refused(string text) => Assert.False(ReceiptCode.TryParse(text, out _));
}

public sealed class ThaiDateTests
{
    [Fact]
    public void Dates_are_written_in_the_buddhist_era_and_in_english()
    {
        var date = new DateOnly(2026, 3, 25);
        Assert.Equal("25 มีนาคม 2569", ThaiDate.Thai(date));
        Assert.Equal("25 March 2026", ThaiDate.English(date));
        Assert.Equal("1 ธันวาคม 2568", ThaiDate.Thai(new DateOnly(2025, 12, 1)));
    }
}

public sealed class RateLimiterTests
{
    [Fact]
    public void Limit_applies_per_address_and_resets_when_the_key_rotates()
    {
        var clock = new ManualClock(new DateTimeOffset(2026, 3, 25, 3, 0, 0, TimeSpan.Zero));
        var limiter = new RotatingRateLimiter(clock, TimeSpan.FromMinutes(15));

        Assert.True(limiter.TryAcquire("submit", "198.51.100.1", 2));
        Assert.True(limiter.TryAcquire("submit", "198.51.100.1", 2));
        Assert.False(limiter.TryAcquire("submit", "198.51.100.1", 2));
        Assert.True(limiter.TryAcquire("submit", "198.51.100.2", 2));
        Assert.True(limiter.TryAcquire("status", "198.51.100.1", 2));

        clock.Advance(TimeSpan.FromMinutes(16));
        Assert.True(limiter.TryAcquire("submit", "198.51.100.1", 2));
    }

    [Theory]
    [InlineData("203.0.113.77", "203.0.113.77")]
    [InlineData("203.0.113.77:51234", "203.0.113.77")]
    [InlineData("[2001:db8::1]:443", "2001:db8::1")]
    [InlineData("2001:db8::1", "2001:db8::1")]
    public void Forwarded_addresses_lose_their_source_port(string forwarded, string expected) =>
        Assert.Equal(expected, ClientAddress.WithoutPort(forwarded));
}

public sealed class SealedBoxTests
{
    [Fact]
    public void Sealed_box_round_trips_and_each_seal_differs()
    {
        var pair = X25519KeyPair.Generate();
        var message = "ข้อความลับ"u8.ToArray();
        var first = SealedBox.Seal(message, pair.PublicKey);
        var second = SealedBox.Seal(message, pair.PublicKey);

        Assert.NotEqual(first, second);
        Assert.Equal(message, SealedBox.Open(first, pair.PublicKey, pair.PrivateKey));
        Assert.Equal(pair.PublicKey, X25519KeyPair.PublicKeyOf(pair.PrivateKey));
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(1024, 1)]
    public void Report_private_key_unwraps_only_with_the_right_receipt_and_server_secret(int memoryKiB, int passes)
    {
        var server = new ServerKeys(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
        var receipt = ReceiptCode.Generate();
        var wrapped = ReportKeyWrap.CreateFor(receipt, "report-1", server, memoryKiB, passes);
        var privateKey = ReportKeyWrap.UnwrapPrivateKey(wrapped, receipt, "report-1", server);
        Assert.Equal(wrapped.PublicKey, X25519KeyPair.PublicKeyOf(privateKey));

        var other = ReceiptCode.FromDigits(receipt.Value[..15] + (receipt.Value[15] == '0' ? '1' : '0'));
        var otherServer = new ServerKeys(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
        Assert.ThrowsAny<System.Security.Cryptography.CryptographicException>(() => ReportKeyWrap.UnwrapPrivateKey(wrapped, other, "report-1", server));
        Assert.ThrowsAny<System.Security.Cryptography.CryptographicException>(() => ReportKeyWrap.UnwrapPrivateKey(wrapped, receipt, "report-2", server));
        Assert.ThrowsAny<System.Security.Cryptography.CryptographicException>(() => ReportKeyWrap.UnwrapPrivateKey(wrapped, receipt, "report-1", otherServer));
    }
}
