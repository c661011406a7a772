/* cal-scan.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cal-scan"

#include "config.h"

#include <string.h>

#include "cal-scan.h"

/* Words before a full stop that does not end a sentence. Single letters
 * ("e.g.", initials) are handled separately. */
static const char * const abbreviations[] = {
  "vs", "etc", "approx", "incl", "mr", "mrs", "ms", "dr", "st", "no", "cf", "fig", "dept", "inc", "ltd", "co", "jr", "sr",
};

static gboolean
is_abbreviation (const char *word)
{
  if (word == NULL)
    return FALSE;
  if (g_utf8_strlen (word, -1) == 1)
    return TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (abbreviations); i++)
    if (g_str_equal (word, abbreviations[i]))
      return TRUE;
  return FALSE;
}

static gboolean
is_apostrophe (gunichar c)
{
  return c == '\'' || c == 0x2019 || c == 0x2018;
}

static gboolean
is_currency (gunichar c)
{
  return c == '$' || c == 0x20AC || c == 0xA3 || c == 0xA5;
}

static gboolean
is_clause_mark (gunichar c)
{
  return c == ',' || c == ';' || c == ':' || c == '(' || c == ')' || c == '"' ||
         c == 0x201C || c == 0x201D || c == 0x2014 || c == 0x2013 || c == '[' || c == ']';
}

static gboolean
is_sentence_mark (gunichar c)
{
  return c == '.' || c == '!' || c == '?' || c == 0x2026;
}

static gunichar
char_at (const char *text,
         const char *end,
         const char *p)
{
  return p < end ? g_utf8_get_char (p) : 0;
}

/* Reads the number at the start of @norm ("40%", "$1,200", "1.5m", "3x")
 * into @word. Commas inside digits are thousands separators. */
static void
parse_number (CalScan     *scan,
              CalScanWord *word,
              char        *norm)
{
  GString *digits = g_string_new (NULL);
  const char *p = norm;
  double value;

  if (!g_ascii_isdigit (*p))
    {
      word->has_currency = TRUE;
      p = g_utf8_next_char (p);
    }

  for (; *p != '\0' && (g_ascii_isdigit (*p) || *p == ',' || *p == '.'); p++)
    if (*p != ',')
      g_string_append_c (digits, *p);

  value = g_ascii_strtod (digits->str, NULL);
  g_string_free (digits, TRUE);

  word->unit = g_string_chunk_insert_const (scan->chunk, p);
  if (g_str_equal (p, "k"))
    value *= 1e3;
  else if (g_str_equal (p, "m") || g_str_equal (p, "mm") || g_str_equal (p, "mn"))
    value *= 1e6;
  else if (g_str_equal (p, "b") || g_str_equal (p, "bn"))
    value *= 1e9;

  word->is_number = TRUE;
  word->value = value;
}

static void
add_word (CalScan    *scan,
          const char *start,
          const char *end,
          gboolean    clause_start)
{
  CalScanWord word = { 0 };
  GString *norm = g_string_sized_new (end - start);
  g_autofree char *lower = NULL;

  /* Typographic apostrophes become plain ones so "don’t" matches "don't". */
  for (const char *p = start; p < end; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (is_apostrophe (c))
        g_string_append_c (norm, '\'');
      else
        g_string_append_unichar (norm, c);
    }

  lower = g_utf8_strdown (norm->str, norm->len);
  g_string_free (norm, TRUE);

  word.norm = g_string_chunk_insert_const (scan->chunk, lower);
  word.start = start - scan->text;
  word.end = end - scan->text;
  word.sentence = scan->sentences->len;
  word.clause_start = clause_start;
  word.unit = "";
  word.t_start = -1.0;
  word.t_end = -1.0;

  if (g_ascii_isdigit (lower[0]) ||
      (is_currency (g_utf8_get_char (lower)) && g_ascii_isdigit (*g_utf8_next_char (lower))))
    parse_number (scan, &word, lower);

  g_array_append_val (scan->words, word);
}

static void
close_sentence (CalScan *scan,
                guint    end,
                int      part)
{
  CalScanSentence sentence = { 0 };
  guint first = 0;

  if (scan->sentences->len > 0)
    {
      const CalScanSentence *last = cal_scan_sentence (scan, scan->sentences->len - 1);
      first = last->first_word + last->n_words;
    }

  if (first >= scan->words->len)
    return;

  sentence.first_word = first;
  sentence.n_words = scan->words->len - first;
  sentence.start = cal_scan_word (scan, first)->start;
  sentence.end = MAX (end, cal_scan_word (scan, scan->words->len - 1)->end);
  while (sentence.end > cal_scan_word (scan, scan->words->len - 1)->end &&
         g_ascii_isspace (scan->text[sentence.end - 1]))
    sentence.end--;
  sentence.part = part;
  g_array_append_val (scan->sentences, sentence);
}

/* Does a new line starting at @p begin a list item? Then the line before
 * it has ended, even without a full stop. */
static gboolean
starts_list_item (const char *p,
                  const char *end)
{
  while (p < end && (*p == ' ' || *p == '\t'))
    p++;
  if (p + 1 < end && (*p == '-' || *p == '*' || *p == '+') && p[1] == ' ')
    return TRUE;
  if (p + 2 < end && g_str_has_prefix (p, "\xe2\x80\xa2"))
    return TRUE;
  if (p < end && g_ascii_isdigit (*p))
    {
      while (p < end && g_ascii_isdigit (*p))
        p++;
      return p + 1 < end && (*p == '.' || *p == ')') && p[1] == ' ';
    }
  return FALSE;
}

static void
scan_region (CalScan *scan,
             guint    offset,
             int      part)
{
  const char *text = scan->text;
  const char *end = text + strlen (text);
  const char *p = text + offset;
  gboolean clause_start = TRUE;
  guint newlines = 0;

  while (p < end)
    {
      gunichar c = g_utf8_get_char (p);
      gunichar next = char_at (text, end, g_utf8_next_char (p));

      if (g_unichar_isalnum (c) || (is_currency (c) && g_unichar_isdigit (next)))
        {
          const char *start = p;
          gunichar prev = 0;

          newlines = 0;

          p = g_utf8_next_char (p);
          prev = c;
          while (p < end)
            {
              gunichar d = g_utf8_get_char (p);
              gunichar after = char_at (text, end, g_utf8_next_char (p));

              if (g_unichar_isalnum (d))
                ;
              else if (is_apostrophe (d) && g_unichar_isalpha (prev) && g_unichar_isalpha (after))
                ;
              else if ((d == '.' || d == ',') && g_unichar_isdigit (prev) && g_unichar_isdigit (after))
                ;
              else if (d == '%' && g_unichar_isdigit (prev))
                ;
              else
                break;
              prev = d;
              p = g_utf8_next_char (p);
            }

          add_word (scan, start, p, clause_start);
          clause_start = FALSE;
          continue;
        }

      if (is_sentence_mark (c))
        {
          const char *after = g_utf8_next_char (p);
          gunichar n = char_at (text, end, after);
          const char *last_word = scan->words->len > 0 ?
            cal_scan_word (scan, scan->words->len - 1)->norm : NULL;

          if ((n == 0 || g_unichar_isspace (n) || n == '"' || n == 0x201D || n == ')' || n == '*' || n == '_') &&
              !(c == '.' && is_abbreviation (last_word)))
            {
              /* Keep closing quotes and emphasis with the sentence they end. */
              while (after < end && (*after == '"' || *after == ')' || *after == '*' || *after == '_' ||
                                     g_str_has_prefix (after, "\xe2\x80\x9d")))
                after = g_utf8_next_char (after);
              close_sentence (scan, after - text, part);
              clause_start = TRUE;
              p = after;
              continue;
            }
          p = after;
          continue;
        }

      if (c == '\n')
        {
          newlines++;
          /* A blank line or a list item ends the sentence; a single line
           * break inside a paragraph is only wrapping. */
          if (newlines >= 2 || starts_list_item (p + 1, end))
            {
              close_sentence (scan, p - text, part);
              clause_start = TRUE;
            }
          p++;
          continue;
        }

      if (is_clause_mark (c))
        clause_start = TRUE;
      else if (c == '-' && p > text && p[-1] == ' ' && next == ' ')
        clause_start = TRUE;
      else if (!g_unichar_isspace (c))
        newlines = 0;

      p = g_utf8_next_char (p);
    }

  close_sentence (scan, end - text, part);
}

/**
 * cal_scan_new:
 *
 * Returns: (transfer full): an empty scan to cal_scan_append() parts to
 */
CalScan *
cal_scan_new (void)
{
  CalScan *scan = g_new0 (CalScan, 1);

  scan->text = g_strdup ("");
  scan->words = g_array_new (FALSE, FALSE, sizeof (CalScanWord));
  scan->sentences = g_array_new (FALSE, FALSE, sizeof (CalScanSentence));
  scan->chunk = g_string_chunk_new (1024);
  return scan;
}

/**
 * cal_scan_append:
 * @scan: a #CalScan
 * @text: (nullable): a part of a story
 * @part: the #CalStarPart of @text, or -1
 *
 * Adds @text as its own paragraph; its sentences remember @part.
 */
void
cal_scan_append (CalScan    *scan,
                 const char *text,
                 int         part)
{
  guint offset;
  char *joined;

  g_return_if_fail (scan != NULL);

  if (text == NULL || *text == '\0')
    return;

  offset = strlen (scan->text) + (scan->text[0] != '\0' ? 2 : 0);
  joined = scan->text[0] != '\0' ? g_strconcat (scan->text, "\n\n", text, NULL) : g_strdup (text);
  g_free (scan->text);
  scan->text = joined;
  scan_region (scan, offset, part);
}

/**
 * cal_scan_new_text:
 * @text: plain text or Markdown
 *
 * Returns: (transfer full): @text cut into words and sentences
 */
CalScan *
cal_scan_new_text (const char *text)
{
  CalScan *scan = cal_scan_new ();

  cal_scan_append (scan, text, -1);
  return scan;
}

/**
 * cal_scan_new_timed:
 * @words: (array length=n_words): timed words from a transcript
 * @n_words: how many
 * @sentence_gap_s: a silence at least this long ends a spoken sentence
 *
 * Speech engines give words without punctuation, so the pauses stand in
 * for it: a long silence ends a sentence, a shorter one (a third of it)
 * ends a clause. The text of the scan is the words joined with spaces and
 * that punctuation.
 *
 * Returns: (transfer full): the spoken words cut into sentences, each
 *   word carrying its time
 */
CalScan *
cal_scan_new_timed (const CalScanTimedWord *words,
                    guint                   n_words,
                    double                  sentence_gap_s)
{
  CalScan *scan = cal_scan_new ();
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree guint *offsets = g_new0 (guint, n_words + 1);
  guint w = 0;

  for (guint i = 0; i < n_words; i++)
    {
      if (i > 0)
        {
          double gap = words[i].start - words[i - 1].end;

          if (gap >= sentence_gap_s)
            g_string_append (text, ". ");
          else if (gap >= sentence_gap_s / 3.0)
            g_string_append (text, ", ");
          else
            g_string_append_c (text, ' ');
        }
      offsets[i] = text->len;
      g_string_append (text, words[i].word != NULL ? words[i].word : "");
    }
  offsets[n_words] = text->len;
  if (n_words > 0)
    g_string_append_c (text, '.');

  g_free (scan->text);
  scan->text = g_string_free (g_steal_pointer (&text), FALSE);
  scan_region (scan, 0, -1);

  /* Hand each timed word's times to the scan words inside it. */
  for (guint i = 0; i < scan->words->len; i++)
    {
      CalScanWord *word = cal_scan_word (scan, i);

      while (w + 1 < n_words && offsets[w + 1] <= word->start)
        w++;
      if (w < n_words)
        {
          word->t_start = words[w].start;
          word->t_end = words[w].end;
        }
    }

  return scan;
}

/**
 * cal_scan_free:
 * @scan: (transfer full): a #CalScan
 */
void
cal_scan_free (CalScan *scan)
{
  if (scan == NULL)
    return;
  g_free (scan->text);
  g_array_unref (scan->words);
  g_array_unref (scan->sentences);
  g_string_chunk_free (scan->chunk);
  g_free (scan);
}

/**
 * cal_scan_sentence_text:
 * @scan: a #CalScan
 * @sentence: a sentence index
 *
 * Returns: (transfer full): the sentence exactly as written
 */
char *
cal_scan_sentence_text (const CalScan *scan,
                        guint          sentence)
{
  const CalScanSentence *s;

  g_return_val_if_fail (scan != NULL, NULL);
  g_return_val_if_fail (sentence < scan->sentences->len, NULL);

  s = cal_scan_sentence (scan, sentence);
  return g_strndup (scan->text + s->start, s->end - s->start);
}
