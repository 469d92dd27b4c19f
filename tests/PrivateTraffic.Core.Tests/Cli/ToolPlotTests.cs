using System;
using System.IO;
using System.Linq;
using System.Buffers.Binary;
using System.IO.Compression;

namespace PrivateTraffic.Core.Tests.Cli;

/// <summary><c>plot</c>: each kind renders to PNG and SVG, and the image is not empty.</summary>
public sealed class ToolPlotTests : ToolTestFolder
{
    [Theory]
    [InlineData("period-transactions", "period.csv")]
    [InlineData("holdout", "groups.csv")]
    [InlineData("tracking", "tracking.csv")]
    [InlineData("retention", "projection.csv")]
    [InlineData("alive", "bg.json")]
    [InlineData("expected", "bg.json")]
    public void Each_kind_renders_a_png_and_an_svg_that_are_not_empty(string kind, string input)
    {
        File.WriteAllText(At("period.csv"), "repeat_purchases,expected,observed\n0,1406.5,1411\n1,460.8,439\n2,192.7,214\n3,101.3,100\n4,59.9,62\n5,38.2,38\n6,25.6,29\n7+,72.0,64\n");
        File.WriteAllText(At("groups.csv"), "calibration_frequency,customers,predicted,actual\n0,1411,317.5,334\n1,439,240.2,254\n2,214,190.1,201\n7+,64,410.3,420\n");
        File.WriteAllText(At("tracking.csv"), "week,actual,expected,actual_cumulative,expected_cumulative\n" +
            string.Join('\n', Enumerable.Range(1, 78).Select(w => $"{w},{w % 7 * 5},{30.0 + (w / 10.0)},{w * 50},{w * 49.5}")) + "\n");
        File.WriteAllText(At("projection.csv"), "period,survival,retention,derl\n" +
            string.Join('\n', Enumerable.Range(1, 12).Select(t => $"{t},{Math.Pow(0.8, t)},{0.6 + (t / 40.0)},3.1")) + "\n");
        File.WriteAllText(At("bg.json"), """{"r":0.243,"alpha":4.414,"a":0.793,"b":2.426,"unit":"weeks"}""");

        foreach (var extension in new[] { "png", "svg" })
        {
            var image = At($"{kind}.{extension}");
            var (code, _, error) = Tool.Run("plot", kind, "--input", At(input), "-o", image);
            Assert.True(code == 0, error);
            Assert.True(new FileInfo(image).Length > 4096, $"{image}: {new FileInfo(image).Length} bytes");
        }

        var svg = File.ReadAllText(At($"{kind}.svg"));
        Assert.Contains("<svg", svg, StringComparison.Ordinal);
        var (width, height, pixels) = Png.Decode(File.ReadAllBytes(At($"{kind}.png")));
        Assert.Equal((800, 500), (width, height));
        var background = pixels[0];
        var drawn = pixels.Count(p => p != background);

        Assert.True(drawn > 4000, $"{kind}: only {drawn} pixels differ from the background");
    }

    [Fact]
    public void An_unknown_kind_or_image_type_is_bad_input()
    {
        File.WriteAllText(At("bg.json"), """{"r":0.243,"alpha":4.414,"a":0.793,"b":2.426,"unit":"weeks"}""");
        Assert.Equal(2, Tool.Run("plot", "pie", "--input", At("bg.json"), "-o", At("x.png")).ExitCode);
        Assert.Equal(2, Tool.Run("plot", "alive", "--input", At("bg.json"), "-o", At("x.gif")).ExitCode);
        Assert.Equal(2, Tool.Run("plot", "expected", "--input", At("bg.json"), "--horizon", "0", "-o", At("x.png")).ExitCode);
        Assert.False(File.Exists(At("x.png")) || File.Exists(At("x.gif")));
    }
}

/// <summary>Just enough PNG (8-bit RGBA or RGB, not interlaced) to compare pixels without an imaging package.</summary>
internal static class Png
{
    public static (int Width, int Height, uint[] Pixels) Decode(byte[] file)
    {
        var (width, height, channels) = (0, 0, 0);
        using var idat = new MemoryStream();
        for (var at = 8; at < file.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(file.AsSpan(at));
            var type = System.Text.Encoding.ASCII.GetString(file, at + 4, 4);
            var data = file.AsSpan(at + 8, length);
            if (type == "IHDR")
            {
                (width, height) = (BinaryPrimitives.ReadInt32BigEndian(data), BinaryPrimitives.ReadInt32BigEndian(data[4..]));
                Assert.Equal(8, data[8]);
                channels = data[9] switch { 6 => 4, 2 => 3, var c => throw new NotSupportedException($"PNG colour type {c}") };
            }
            else if (type == "IDAT")
            {
                idat.Write(data);
            }

            at += 12 + length;
        }

        idat.Position = 0;
        using var inflated = new MemoryStream();
        using (var z = new ZLibStream(idat, CompressionMode.Decompress))
        {
            z.CopyTo(inflated);
        }

        var raw = inflated.ToArray();
        var stride = width * channels;
        var image = new byte[height * stride];
        for (var y = 0; y < height; y++)
        {
            var filter = raw[y * (stride + 1)];
            for (var i = 0; i < stride; i++)
            {
                var value = raw[(y * (stride + 1)) + 1 + i];
                int left = i >= channels ? image[(y * stride) + i - channels] : 0;
                int up = y > 0 ? image[((y - 1) * stride) + i] : 0;
                int upLeft = y > 0 && i >= channels ? image[((y - 1) * stride) + i - channels] : 0;
                image[(y * stride) + i] = (byte)(value + filter switch
                {
                    0 => 0,
                    1 => left,
                    2 => up,
                    3 => (left + up) / 2,
                    _ => Paeth(left, up, upLeft),
                });
            }
        }

        var pixels = new uint[width * height];
        for (var k = 0; k < pixels.Length; k++)
        {
            uint p = 0;
            for (var c = 0; c < channels; c++)
            {
                p = (p << 8) | image[(k * channels) + c];
            }

            pixels[k] = p;
        }

        return (width, height, pixels);
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        var (pa, pb, pc) = (Math.Abs(p - a), Math.Abs(p - b), Math.Abs(p - c));
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
