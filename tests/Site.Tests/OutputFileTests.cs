using System.Text;
using IntegritySite.Site.Outputs;

namespace IntegritySite.Site.Tests;

/// <summary>A finished page goes from the finisher's buffer into UTF-8 chunk by chunk; the bytes must be the text's.</summary>
public sealed class OutputFileTests
{
    [Fact]
    public void A_buffer_in_several_chunks_is_encoded_as_its_text_even_with_a_character_split_between_chunks()
    {
        var text = new StringBuilder(3);
        text.Append("ab😀ไทย & <p>"); // the first chunk holds 'a', 'b' and the pair's first half; the second the rest
        text.Append('x', 5000);
        Assert.True(CountChunks(text) > 1);
        Assert.True(char.IsHighSurrogate(First(text)[^1]));

        var file = OutputFile.Text("p/index.html", text);

        Assert.Equal(new UTF8Encoding(false).GetBytes(text.ToString()), file.Content);
        Assert.Equal(text.ToString(), file.ReadText());
    }

    [Fact]
    public void A_lone_half_of_a_pair_at_a_chunk_end_is_written_as_the_text_is()
    {
        var text = new StringBuilder(3);
        text.Append("ab\uD83Dx");
        text.Append('y', 20);
        text.Append('\uD83D');
        Assert.True(CountChunks(text) > 1);

        Assert.Equal(new UTF8Encoding(false).GetBytes(text.ToString()), OutputFile.Text("p/index.html", text).Content);
    }

    private static ReadOnlySpan<char> First(StringBuilder text)
    {
        foreach (var chunk in text.GetChunks())
        {
            return chunk.Span;
        }
        return [];
    }

    private static int CountChunks(StringBuilder text)
    {
        var count = 0;
        foreach (var _ in text.GetChunks())
        {
            count++;
        }
        return count;
    }
}
