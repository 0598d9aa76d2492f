using System.Text;

namespace Kinora.Understand;

/// <summary>A word of the prompt with its character span, lower-cased; quoted text is one token.</summary>
public readonly record struct Token(string Text, int Start, int Length, bool Quoted = false)
{
    public bool IsNumber => double.TryParse(Text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _);
}

/// <summary>Splits a prompt into words, numbers, punctuation marks and quoted strings.</summary>
public static class Tokenizer
{
    public static IReadOnlyList<Token> Tokenize(string prompt)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < prompt.Length)
        {
            var c = prompt[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            if (c is '"' or '“' or '”')
            {
                var end = prompt.IndexOfAny(['"', '”', '“'], i + 1);
                if (end < 0) end = prompt.Length;
                tokens.Add(new Token(prompt[(i + 1)..end], i, end - i, Quoted: true));
                i = end + 1;
                continue;
            }
            if (char.IsLetterOrDigit(c))
            {
                var start = i;
                var sb = new StringBuilder();
                while (i < prompt.Length && (char.IsLetterOrDigit(prompt[i]) || prompt[i] is '\'' or '’' or '-'
                                             || (prompt[i] == '.' && i + 1 < prompt.Length && char.IsDigit(prompt[i + 1]) && sb.Length > 0 && char.IsDigit(sb[^1]))))
                {
                    sb.Append(char.ToLowerInvariant(prompt[i] == '’' ? '\'' : prompt[i]));
                    i++;
                }
                var word = sb.ToString().TrimEnd('-');
                // "3m" and "2s" are a number and a unit.
                var split = 0;
                while (split < word.Length && (char.IsDigit(word[split]) || word[split] == '.')) split++;
                if (split > 0 && split < word.Length && char.IsLetter(word[split]))
                {
                    tokens.Add(new Token(word[..split], start, split));
                    tokens.Add(new Token(word[split..], start + split, word.Length - split));
                }
                else tokens.Add(new Token(word, start, i - start));
                continue;
            }
            if (c == '/' && tokens.Count > 0 && i + 1 < prompt.Length && char.IsLetter(prompt[i + 1]))
            {
                tokens.Add(new Token("per", i, 1)); // "m/s" reads as "m per s"
                i++;
                continue;
            }
            tokens.Add(new Token(c.ToString(), i, 1));
            i++;
        }
        return tokens;
    }
}
