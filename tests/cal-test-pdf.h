/* cal-test-pdf.h: reading a rendered PDF back, shared by the export tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>
#include <glib/gstdio.h>
#include <poppler.h>

/* poppler-glib 22.12 declares no autoptr cleanups. */
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerDocument, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerPage, g_object_unref)

static inline PopplerDocument *
cal_test_pdf_open (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *uri = g_filename_to_uri (path, NULL, &error);
  PopplerDocument *document;

  g_assert_no_error (error);
  document = poppler_document_new_from_file (uri, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (document);

  return document;
}

/* The text of every page, pages joined by form feeds like pdftotext. */
static inline char *
cal_test_pdf_text (PopplerDocument *document)
{
  GString *text = g_string_new (NULL);
  int n = poppler_document_get_n_pages (document);

  for (int i = 0; i < n; i++)
    {
      g_autoptr(PopplerPage) page = poppler_document_get_page (document, i);
      g_autofree char *page_text = poppler_page_get_text (page);

      g_string_append (text, page_text);
      g_string_append_c (text, '\f');
    }

  return g_string_free (text, FALSE);
}

static inline guint
cal_test_count (const char *haystack,
                const char *needle)
{
  guint count = 0;
  gsize len = strlen (needle);

  for (const char *p = strstr (haystack, needle); p != NULL; p = strstr (p + len, needle))
    count++;

  return count;
}

/* Asserts that @needles occur in @text in this order. */
static inline void
cal_test_assert_in_order (const char         *text,
                          const char * const *needles)
{
  const char *from = text;

  for (guint i = 0; needles[i] != NULL; i++)
    {
      const char *found = strstr (from, needles[i]);

      if (found == NULL)
        g_error ("“%s” missing or out of order in:\n%s", needles[i], text);
      from = found + strlen (needles[i]);
    }
}

/* Runs pdffonts and returns the font names; every font must be embedded
 * and subset, which is what makes the PDF look the same everywhere. */
static inline GPtrArray *
cal_test_pdf_fonts (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_auto(GStrv) lines = NULL;
  const char *argv[] = { "pdffonts", path, NULL };
  GPtrArray *fonts = g_ptr_array_new_with_free_func (g_free);
  int status = 0;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, &err, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));

  lines = g_strsplit (out, "\n", -1);
  for (guint i = 2; lines[i] != NULL; i++)
    {
      g_auto(GStrv) tokens = g_strsplit_set (g_strstrip (lines[i]), " ", -1);
      g_autoptr(GPtrArray) words = g_ptr_array_new ();
      guint n;

      for (guint t = 0; tokens[t] != NULL; t++)
        if (*tokens[t] != '\0')
          g_ptr_array_add (words, tokens[t]);
      n = words->len;
      if (n < 6)
        continue;

      /* name … emb sub uni object-number generation */
      g_assert_cmpstr (g_ptr_array_index (words, n - 5), ==, "yes");
      g_assert_cmpstr (g_ptr_array_index (words, n - 4), ==, "yes");
      g_ptr_array_add (fonts, g_strdup (g_ptr_array_index (words, 0)));
    }

  return fonts;
}

static inline gboolean
cal_test_fonts_have (GPtrArray  *fonts,
                     const char *family)
{
  for (guint i = 0; i < fonts->len; i++)
    if (strstr (g_ptr_array_index (fonts, i), family) != NULL)
      return TRUE;
  return FALSE;
}

/* The names in @dir, so a test can prove no temporary file was left. */
static inline guint
cal_test_dir_count (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  guint n = 0;

  g_assert_nonnull (d);
  while (g_dir_read_name (d) != NULL)
    n++;

  return n;
}

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
      g_unlink (path);
    }
  g_rmdir (dir);
}
