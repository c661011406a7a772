/* cal-tokens.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cal-tokens"

#include "config.h"

#include <string.h>

#include "cal-tokens.h"

/* One tokenizer for catalog phrases and for documents, so that a skill alias
 * such as "node.js", "c++" or "ci/cd" is cut into the same words in both and
 * matching is a plain comparison of token sequences.
 *
 * A token is a run of letters and digits, which may carry "." or "-" or an
 * apostrophe between two such characters ("node.js", "front-end", "you'll"),
 * a leading "." before a letter (".net") and trailing "+" or "#" ("c++", "c#",
 * "5+"). Everything else separates tokens. */

static inline gboolean
is_word_char (gunichar c)
{
  return g_unichar_isalnum (c);
}

static gboolean
gap_ends_sentence (const char *text,
                   guint       from,
                   guint       to)
{
  for (guint i = from; i < to; i++)
    {
      switch (text[i])
        {
        case '.': case '!': case '?': case ':': case ';': case '\n':
        case '*': case '(': case '|':
          return TRUE;
        case '-':
          /* A dash after a line break or at the start of the gap is a list
           * bullet or a dash clause; either way a new phrase starts. */
          return TRUE;
        default:
          if ((guchar) text[i] == 0xE2) /* •, –, — */
            return TRUE;
          break;
        }
    }
  return FALSE;
}

/**
 * cal_tokens_new:
 * @text: UTF-8 text
 * @length: its length in bytes, or -1 if nul-terminated
 *
 * Returns: (transfer full): the tokens of @text
 */
CalTokens *
cal_tokens_new (const char *text,
                gssize      length)
{
  CalTokens *self = g_new0 (CalTokens, 1);
  GString *word = g_string_new (NULL);
  const char *end;
  const char *p;
  guint line = 0;
  guint prev_end = 0;

  if (length < 0)
    length = strlen (text);
  end = text + length;

  self->tokens = g_array_sized_new (FALSE, FALSE, sizeof (CalToken), length / 6 + 1);
  self->chunk = g_string_chunk_new (MAX (64, length / 2 + 1));

  p = text;
  while (p < end)
    {
      gunichar c = g_utf8_get_char_validated (p, end - p);
      const char *next;

      if (c == (gunichar) -1 || c == (gunichar) -2)
        {
          p++;
          continue;
        }
      next = g_utf8_next_char (p);

      if (c == '\n')
        {
          line++;
          p = next;
          continue;
        }

      if (is_word_char (c) ||
          (c == '.' && next < end && g_ascii_isalpha (*next) &&
           (p == text || !g_ascii_isalnum (p[-1]))))
        {
          const char *start = p;
          guint upper = 0, lower = 0;
          gboolean digit = FALSE;
          CalToken token;

          g_string_truncate (word, 0);
          if (c == '.')
            {
              g_string_append_c (word, '.');
              p = next;
            }

          while (p < end)
            {
              gunichar d = g_utf8_get_char_validated (p, end - p);
              const char *after;

              if (d == (gunichar) -1 || d == (gunichar) -2)
                break;
              after = g_utf8_next_char (p);

              if (is_word_char (d))
                {
                  if (g_unichar_isupper (d))
                    upper++;
                  else if (g_unichar_islower (d))
                    lower++;
                  else if (g_unichar_isdigit (d))
                    digit = TRUE;
                  if (d < 0x80)
                    g_string_append_c (word, g_ascii_tolower ((char) d));
                  else
                    g_string_append_unichar (word, g_unichar_tolower (d));
                  p = after;
                }
              else if ((d == '.' || d == '-' || d == '\'' || d == 0x2019) &&
                       after < end && g_ascii_isalnum (*after) && word->len > 0)
                {
                  g_string_append_c (word, d == 0x2019 ? '\'' : (char) d);
                  p = after;
                }
              else if ((d == '+' || d == '#') && word->len > 0)
                {
                  g_string_append_c (word, (char) d);
                  p = after;
                  /* "c++" takes both pluses; a letter may not follow. */
                  while (p < end && *p == '+')
                    {
                      g_string_append_c (word, '+');
                      p++;
                    }
                  break;
                }
              else
                break;
            }

          if (word->len == 0 || (word->len == 1 && word->str[0] == '.'))
            {
              p = next;
              continue;
            }

          token.norm = g_string_chunk_insert_const (self->chunk, word->str);
          token.start = start - text;
          token.end = p - text;
          token.line = line;
          token.flags = 0;
          {
            gunichar first = g_utf8_get_char (start);
            if (first == '.')
              first = start + 1 < end ? (gunichar) start[1] : 0;
            if (g_unichar_isupper (first))
              token.flags |= CAL_TOKEN_CAPITALISED;
          }
          if (upper >= 2 && lower == 0)
            token.flags |= CAL_TOKEN_ALL_CAPS;
          if (digit)
            token.flags |= CAL_TOKEN_HAS_DIGIT;
          if (self->tokens->len == 0 || gap_ends_sentence (text, prev_end, token.start))
            token.flags |= CAL_TOKEN_SENTENCE_START;
          for (guint g = prev_end; g < token.start && self->tokens->len > 0; g++)
            if (text[g] != ' ' && text[g] != '\t')
              {
                token.flags |= CAL_TOKEN_AFTER_PUNCT;
                break;
              }
          prev_end = token.end;
          g_array_append_val (self->tokens, token);
          continue;
        }

      p = next;
    }

  g_string_free (word, TRUE);
  return self;
}

void
cal_tokens_free (CalTokens *self)
{
  if (self == NULL)
    return;
  g_array_unref (self->tokens);
  g_string_chunk_free (self->chunk);
  g_free (self);
}

/**
 * cal_tokens_join:
 * @self: tokens
 * @first: index of the first token
 * @n: how many
 *
 * Returns: (transfer full): the normalised tokens joined by single spaces
 */
char *
cal_tokens_join (CalTokens *self,
                 guint      first,
                 guint      n)
{
  GString *s = g_string_new (NULL);

  for (guint i = first; i < first + n && i < self->tokens->len; i++)
    {
      if (s->len > 0)
        g_string_append_c (s, ' ');
      g_string_append (s, cal_tokens_get (self, i)->norm);
    }
  return g_string_free (s, FALSE);
}
