/* cal-test-speech.h: spoken test answers and word error rate for the media tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <string.h>
#include <glib.h>
#include <glib/gstdio.h>

/* A STAR answer of about 40 words. flite's "slt" voice speaks it in about
 * 15 s; pocketsphinx recognises that voice with a WER near 0.2. */
#define CAL_TEST_STAR_ANSWER \
  "In my last role our checkout service failed during peak traffic. " \
  "I was asked to fix the reliability problem. I added caching, wrote load " \
  "tests and moved the database to a larger cluster. As a result errors " \
  "dropped by ninety percent and revenue grew."

/* Words of the answer that the recogniser must get right. */
#define CAL_TEST_STAR_KEYWORDS "service", "traffic", "database", "cluster", "revenue"

static inline char **
cal_test_words (const char *text)
{
  g_autofree char *lower = g_utf8_strdown (text, -1);
  g_autoptr(GPtrArray) words = g_ptr_array_new_with_free_func (g_free);
  g_auto(GStrv) parts = NULL;

  for (char *p = lower; *p != '\0'; p++)
    if (!g_ascii_isalnum (*p) && *p != '\'')
      *p = ' ';
  parts = g_strsplit (lower, " ", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    if (*parts[i] != '\0')
      g_ptr_array_add (words, g_strdup (parts[i]));
  g_ptr_array_add (words, NULL);
  return (char **) g_ptr_array_free (g_steal_pointer (&words), FALSE);
}

/* Word error rate: word-level Levenshtein distance (substitutions,
 * insertions, deletions) divided by the number of reference words. */
static inline double
cal_test_wer (const char *reference,
              const char *hypothesis)
{
  g_auto(GStrv) ref = cal_test_words (reference);
  g_auto(GStrv) hyp = cal_test_words (hypothesis);
  guint n = g_strv_length (ref);
  guint m = g_strv_length (hyp);
  g_autofree guint *prev = g_new (guint, m + 1);
  g_autofree guint *cur = g_new (guint, m + 1);

  if (n == 0)
    return m == 0 ? 0.0 : 1.0;

  for (guint j = 0; j <= m; j++)
    prev[j] = j;
  for (guint i = 1; i <= n; i++)
    {
      guint *tmp;

      cur[0] = i;
      for (guint j = 1; j <= m; j++)
        {
          guint cost = g_str_equal (ref[i - 1], hyp[j - 1]) ? 0 : 1;

          cur[j] = MIN (MIN (prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
        }
      tmp = prev;
      prev = cur;
      cur = tmp;
    }

  return (double) prev[m] / n;
}

static inline gboolean
cal_test_has_word (const char *text,
                   const char *word)
{
  g_auto(GStrv) words = cal_test_words (text);

  return g_strv_contains ((const char * const *) words, word);
}

#define cal_test_has_words(text, ...) \
  cal_test_has_all_words ((text), (const char *[]) { __VA_ARGS__, NULL })

static inline gboolean
cal_test_has_all_words (const char  *text,
                        const char **expected)
{
  g_auto(GStrv) words = cal_test_words (text);

  for (guint i = 0; expected[i] != NULL; i++)
    if (!g_strv_contains ((const char * const *) words, expected[i]))
      {
        g_test_message ("“%s” was not heard", expected[i]);
        return FALSE;
      }
  return TRUE;
}

/* Speaks @text into a WAV file in @dir with flite; NULL if flite is missing. */
static inline char *
cal_test_speak (const char *dir,
                const char *name,
                const char *text)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autofree char *flite = g_find_program_in_path ("flite");
  const char *argv[] = { flite, "-voice", "slt", "-t", text, "-o", path, NULL };
  g_autoptr(GError) error = NULL;
  int status = -1;

  if (flite == NULL)
    return NULL;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL,
                     NULL, NULL, NULL, NULL, &status, &error) ||
      !g_spawn_check_wait_status (status, NULL))
    return NULL;

  return g_steal_pointer (&path);
}

/* Removes a temporary test folder and everything in it (one level deep). */
static inline void
cal_test_rm_rf (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  if (d == NULL)
    return;
  while ((name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        cal_test_rm_rf (path);
      else
        g_unlink (path);
    }
  g_rmdir (dir);
}
