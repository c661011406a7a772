/* cal-scan.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * CalScanWord:
 * @norm: the word folded to lower case, with typographic apostrophes made
 *   plain; owned by the #CalScan
 * @start: byte offset of the word in the scanned text
 * @end: byte offset just past the word
 * @sentence: index of the sentence holding the word
 * @clause_start: %TRUE for the first word of a sentence or clause (after a
 *   comma, colon, dash, or a spoken pause)
 * @is_number: %TRUE if the word is written with digits ("40%", "$1.2m", "3x")
 * @has_currency: %TRUE if a currency sign came with the number
 * @unit: what follows the digits inside the word ("%", "x", "ms", "k"), or ""
 * @value: the number, with k/m/bn multipliers applied
 * @t_start: when the word was said, in seconds, or -1 for written text
 * @t_end: when the word ended, in seconds, or -1
 *
 * One word of a scanned text. Hyphens separate words, so "company-wide" and
 * "company wide" scan alike.
 */
typedef struct
{
  const char *norm;
  guint       start;
  guint       end;
  guint       sentence;
  guint       clause_start : 1;
  guint       is_number : 1;
  guint       has_currency : 1;
  const char *unit;
  double      value;
  double      t_start;
  double      t_end;
} CalScanWord;

/**
 * CalScanSentence:
 * @start: byte offset of the sentence in the text
 * @end: byte offset just past it
 * @first_word: index of its first word
 * @n_words: how many words it has
 * @part: the #CalStarPart it was written under, or -1
 *
 * One sentence of a scanned text.
 */
typedef struct
{
  guint start;
  guint end;
  guint first_word;
  guint n_words;
  int   part;
} CalScanSentence;

/**
 * CalScan:
 * @text: the scanned text, owned
 * @words: (element-type CalScanWord): the words in order
 * @sentences: (element-type CalScanSentence): the sentences in order
 *
 * A text cut into words and sentences once, so that every analysis of a
 * story or a spoken answer walks the same words.
 */
typedef struct
{
  char         *text;
  GArray       *words;
  GArray       *sentences;
  GStringChunk *chunk;
} CalScan;

/**
 * CalScanTimedWord:
 * @word: the word as the speech engine gave it
 * @start: start time in seconds
 * @end: end time in seconds
 *
 * A timed word handed to cal_scan_new_timed().
 */
typedef struct
{
  const char *word;
  double      start;
  double      end;
} CalScanTimedWord;

CalScan    *cal_scan_new            (void);
void        cal_scan_append         (CalScan                *scan,
                                     const char             *text,
                                     int                     part);
CalScan    *cal_scan_new_text       (const char             *text);
CalScan    *cal_scan_new_timed      (const CalScanTimedWord *words,
                                     guint                   n_words,
                                     double                  sentence_gap_s);
void        cal_scan_free           (CalScan                *scan);
char       *cal_scan_sentence_text  (const CalScan          *scan,
                                     guint                   sentence);

#define cal_scan_word(s, i) (&g_array_index ((s)->words, CalScanWord, (i)))
#define cal_scan_sentence(s, i) (&g_array_index ((s)->sentences, CalScanSentence, (i)))

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CalScan, cal_scan_free)

G_END_DECLS
