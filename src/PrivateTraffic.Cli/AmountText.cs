using System;

namespace PrivateTraffic.Cli;

/// <summary>Amounts read from text without the runtime's general number parser, where the text is plain.</summary>
internal static class AmountText
{
    /// <summary>
    /// The usual amount, digits with at most one point between digits (at most 18 digits), as the decimal that
    /// <c>decimal.TryParse</c> gives (the same digits and scale: 29.30 is 2930 at scale 2); anything else is left to it.
    /// </summary>
    public static bool TryParsePlain(ReadOnlySpan<char> text, out decimal value)
    {
        value = 0m;
        ulong digits = 0;
        var count = 0;
        var point = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is >= '0' and <= '9')
            {
                digits = (digits * 10) + (ulong)(c - '0');
                count++;
            }
            else if (c == '.' && point < 0 && i > 0 && i < text.Length - 1)
            {
                point = i;
            }
            else
            {
                return false;
            }
        }

        if (count is 0 or > 18)
        {
            return false;
        }

        var scale = point < 0 ? 0 : text.Length - point - 1;
        value = new decimal((int)(uint)digits, (int)(uint)(digits >> 32), 0, false, (byte)scale);
        return true;
    }
}
