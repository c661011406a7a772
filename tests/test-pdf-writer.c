/* test-pdf-writer.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <pango/pangocairo.h>

#include "cal-pdf-writer.h"
#include "cal-test-pdf.h"

typedef struct
{
  char *dir;
  char *path;
} Fixture;

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  fixture->dir = g_dir_make_tmp ("calibrd-pdf-XXXXXX", NULL);
  fixture->path = g_build_filename (fixture->dir, "out.pdf", NULL);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  cal_test_rm_rf (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->path);
}

static void
save_ok (CalPdfWriter *writer,
         const char   *path)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (cal_pdf_writer_save (writer, path, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
}

static void
test_blocks (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(CalPdfWriter) writer = cal_pdf_writer_new (CAL_PAGE_SIZE_A4);
  g_autoptr(PopplerDocument) document = NULL;
  g_autoptr(GPtrArray) fonts = NULL;
  g_autoptr(GDateTime) date = g_date_time_new_utc (2026, 5, 3, 9, 30, 0);
  g_autofree char *text = NULL;
  g_autofree char *title = NULL;
  g_autofree char *author = NULL;
  g_autofree char *subject = NULL;
  g_autofree char *creator = NULL;
  const char *headers[] = { "Round", "Minutes", "What it tests", NULL };
  const char *row[] = { "System design", "60", "Trade-offs at scale", NULL };
  const char *order[] = {
    "First 90 days", "Staff Engineer · Acme · 3 May 2026", "Learn", "Listen first",
    "P1", "Map the payments flow", "Why: every later decision", "Stakeholders", "Finance",
    "Round", "What it tests", "System design", "Trade-offs at scale", "Page 1 of 1", NULL
  };
  double width, height;

  cal_pdf_writer_set_metadata (writer, "First 90 days", "Ada Lovelace", "A plan for Acme");
  cal_pdf_writer_set_creation_date (writer, date);
  cal_pdf_writer_set_header_title (writer, "First 90 days — Acme");
  cal_pdf_writer_add_title (writer, "First 90 days", "Staff Engineer · Acme · 3 May 2026");
  cal_pdf_writer_add_heading (writer, "Learn");
  cal_pdf_writer_add_subheading (writer, "Listen first");
  cal_pdf_writer_add_item (writer, "P1", "Map the payments flow");
  cal_pdf_writer_push_indent (writer);
  cal_pdf_writer_add_paragraph (writer, "Walk the path of one payment from checkout to ledger.");
  cal_pdf_writer_add_note (writer, "Why: every later decision rests on it.");
  cal_pdf_writer_add_key_value (writer, "Stakeholders", "Finance, Platform");
  cal_pdf_writer_pop_indent (writer);
  cal_pdf_writer_add_bullet (writer, NULL, "A plain bullet");
  cal_pdf_writer_add_space (writer, 12);
  cal_pdf_writer_begin_table (writer, 3, (double[]) { 2, 1, 3 }, headers);
  cal_pdf_writer_add_table_row (writer, row);
  cal_pdf_writer_end_table (writer);

  save_ok (writer, fixture->path);
  g_assert_cmpuint (cal_pdf_writer_get_n_pages (writer), ==, 1);

  document = cal_test_pdf_open (fixture->path);
  g_assert_cmpint (poppler_document_get_n_pages (document), ==, 1);
  text = cal_test_pdf_text (document);
  cal_test_assert_in_order (text, order);

  title = poppler_document_get_title (document);
  author = poppler_document_get_author (document);
  subject = poppler_document_get_subject (document);
  creator = poppler_document_get_creator (document);
  g_assert_cmpstr (title, ==, "First 90 days");
  g_assert_cmpstr (author, ==, "Ada Lovelace");
  g_assert_cmpstr (subject, ==, "A plan for Acme");
  g_assert_cmpstr (creator, ==, "Calibrd");
  g_assert_cmpint (poppler_document_get_creation_date (document), ==, g_date_time_to_unix (date));

  {
    g_autoptr(PopplerPage) page = poppler_document_get_page (document, 0);

    poppler_page_get_size (page, &width, &height);
    g_assert_cmpfloat_with_epsilon (width, 595.276, 0.5);
    g_assert_cmpfloat_with_epsilon (height, 841.89, 0.5);
  }

  /* Cantarell for headings, DejaVu Sans for body text, both embedded as
   * subsets (cal_test_pdf_fonts() asserts emb and sub for every font). */
  fonts = cal_test_pdf_fonts (fixture->path);
  g_assert_true (cal_test_fonts_have (fonts, "Cantarell"));
  g_assert_true (cal_test_fonts_have (fonts, "DejaVuSans"));
}

static void
test_letter (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(CalPdfWriter) writer = cal_pdf_writer_new (CAL_PAGE_SIZE_LETTER);
  g_autoptr(PopplerDocument) document = NULL;
  g_autoptr(PopplerPage) page = NULL;
  double width, height;

  cal_pdf_writer_add_paragraph (writer, "Letter paper.");
  save_ok (writer, fixture->path);

  document = cal_test_pdf_open (fixture->path);
  page = poppler_document_get_page (document, 0);
  poppler_page_get_size (page, &width, &height);
  g_assert_cmpfloat_with_epsilon (width, 612, 0.5);
  g_assert_cmpfloat_with_epsilon (height, 792, 0.5);
}

/* 200 items with a detail each run over many pages; every title and
 * every detail must come back exactly once, and every page must say
 * which page of how many it is. */
static void
test_many_items (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(CalPdfWriter) writer = cal_pdf_writer_new (CAL_PAGE_SIZE_A4);
  g_autoptr(PopplerDocument) document = NULL;
  g_autofree char *text = NULL;
  int n_pages;

  cal_pdf_writer_set_header_title (writer, "Many items");
  cal_pdf_writer_add_title (writer, "Many items", NULL);
  for (guint i = 0; i < 200; i++)
    {
      g_autofree char *title = g_strdup_printf ("Item-%03u title", i);
      g_autofree char *detail = g_strdup_printf ("Detail-%03u: measure the baseline, agree the target with the team, "
                                                 "and review it every week until it holds.", i);

      if (i % 40 == 0)
        {
          g_autofree char *heading = g_strdup_printf ("Section-%u", i / 40);
          cal_pdf_writer_add_heading (writer, heading);
        }
      cal_pdf_writer_add_item (writer, i % 3 == 0 ? "P1" : i % 3 == 1 ? "P2" : "P3", title);
      cal_pdf_writer_push_indent (writer);
      cal_pdf_writer_add_paragraph (writer, detail);
      cal_pdf_writer_pop_indent (writer);
    }

  save_ok (writer, fixture->path);
  document = cal_test_pdf_open (fixture->path);
  n_pages = poppler_document_get_n_pages (document);
  g_assert_cmpint (n_pages, >, 5);
  g_assert_cmpint (n_pages, ==, cal_pdf_writer_get_n_pages (writer));

  text = cal_test_pdf_text (document);
  for (guint i = 0; i < 200; i++)
    {
      g_autofree char *title = g_strdup_printf ("Item-%03u title", i);
      g_autofree char *detail = g_strdup_printf ("Detail-%03u:", i);

      g_assert_cmpuint (cal_test_count (text, title), ==, 1);
      g_assert_cmpuint (cal_test_count (text, detail), ==, 1);
    }

  for (int p = 0; p < n_pages; p++)
    {
      g_autoptr(PopplerPage) page = poppler_document_get_page (document, p);
      g_autofree char *page_text = poppler_page_get_text (page);
      g_autofree char *footer = g_strdup_printf ("Page %d of %d", p + 1, n_pages);
      g_auto(GStrv) lines = g_strsplit (page_text, "\n", -1);
      const char *last = NULL;

      g_assert_nonnull (strstr (page_text, footer));
      if (p > 0)
        g_assert_nonnull (strstr (page_text, "Many items"));

      /* No heading and no item title is the last line of body text on a
       * page: both keep with what follows them. */
      for (guint l = 0; lines[l] != NULL; l++)
        if (*lines[l] != '\0' && !g_str_has_prefix (lines[l], "Page "))
          last = lines[l];
      g_assert_nonnull (last);
      g_assert_false (g_str_has_prefix (last, "Section-"));
      g_assert_null (strstr (last, " title"));
    }
}

/* One paragraph longer than three pages breaks line by line. */
static void
test_long_paragraph (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(CalPdfWriter) writer = cal_pdf_writer_new (CAL_PAGE_SIZE_A4);
  g_autoptr(PopplerDocument) document = NULL;
  g_autoptr(GString) paragraph = g_string_new (NULL);
  g_autofree char *text = NULL;

  for (guint i = 0; i < 600; i++)
    g_string_append_printf (paragraph, "w%04u ", i);
  for (guint i = 0; i < 150; i++)
    g_string_append_printf (paragraph, "\nline%04u", i);

  cal_pdf_writer_add_heading (writer, "Long");
  cal_pdf_writer_add_paragraph (writer, paragraph->str);
  save_ok (writer, fixture->path);

  document = cal_test_pdf_open (fixture->path);
  g_assert_cmpint (poppler_document_get_n_pages (document), >=, 3);
  text = cal_test_pdf_text (document);
  for (guint i = 0; i < 600; i++)
    {
      g_autofree char *word = g_strdup_printf ("w%04u", i);
      g_assert_cmpuint (cal_test_count (text, word), ==, 1);
    }
  for (guint i = 0; i < 150; i++)
    {
      g_autofree char *word = g_strdup_printf ("line%04u", i);
      g_assert_cmpuint (cal_test_count (text, word), ==, 1);
    }
}

/* A long table repeats its header row on each page it continues on. */
static void
test_table_pages (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(CalPdfWriter) writer = cal_pdf_writer_new (CAL_PAGE_SIZE_A4);
  g_autoptr(PopplerDocument) document = NULL;
  g_autofree char *text = NULL;
  const char *headers[] = { "Offer", "Base", NULL };
  int n_pages;

  cal_pdf_writer_begin_table (writer, 2, NULL, headers);
  for (guint i = 0; i < 150; i++)
    {
      g_autofree char *name = g_strdup_printf ("Company-%03u", i);
      const char *row[] = { name, "100 000", NULL };

      cal_pdf_writer_add_table_row (writer, row);
    }
  save_ok (writer, fixture->path);

  document = cal_test_pdf_open (fixture->path);
  n_pages = poppler_document_get_n_pages (document);
  g_assert_cmpint (n_pages, >=, 2);
  text = cal_test_pdf_text (document);
  g_assert_cmpuint (cal_test_count (text, "Offer"), ==, n_pages);
  for (guint i = 0; i < 150; i++)
    {
      g_autofree char *name = g_strdup_printf ("Company-%03u", i);
      g_assert_cmpuint (cal_test_count (text, name), ==, 1);
    }
}

static void
test_non_latin (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(CalPdfWriter) writer = cal_pdf_writer_new (CAL_PAGE_SIZE_A4);
  g_autoptr(PopplerDocument) document = NULL;
  /* pango 1.50 declares no autoptr cleanup for PangoContext. */
  g_autoptr(GObject) context_owner = NULL;
  PangoContext *context = NULL;
  g_autoptr(PangoLayout) probe = NULL;
  g_autofree char *text = NULL;
  g_autofree char *title = NULL;

  cal_pdf_writer_set_metadata (writer, "Zoë in Łódź", NULL, NULL);
  cal_pdf_writer_add_title (writer, "Zoë, Łódź, 東京, Ελλάδα", "Crème brûlée · Ñandú");
  cal_pdf_writer_add_paragraph (writer, "Zoë, Łódź, 東京, Ελλάδα");
  save_ok (writer, fixture->path);

  document = cal_test_pdf_open (fixture->path);
  text = cal_test_pdf_text (document);
  title = poppler_document_get_title (document);
  g_assert_cmpstr (title, ==, "Zoë in Łódź");
  g_assert_cmpuint (cal_test_count (text, "Zoë"), ==, 2);
  g_assert_cmpuint (cal_test_count (text, "Łódź"), ==, 2);
  g_assert_cmpuint (cal_test_count (text, "Ελλάδα"), ==, 2);
  g_assert_nonnull (strstr (text, "Crème brûlée · Ñandú"));

  /* Kanji need a CJK font; where the machine has one, they must come
   * back as text rather than as boxes. */
  context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  context_owner = G_OBJECT (context);
  probe = pango_layout_new (context);
  pango_layout_set_text (probe, "東京", -1);
  if (pango_layout_get_unknown_glyphs_count (probe) == 0)
    g_assert_cmpuint (cal_test_count (text, "東京"), ==, 2);
  else
    g_test_message ("no CJK font installed; 東京 not checked");
}

static void
test_empty (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(CalPdfWriter) writer = cal_pdf_writer_new (CAL_PAGE_SIZE_A4);
  g_autoptr(GError) error = NULL;

  g_assert_false (cal_pdf_writer_save (writer, fixture->path, NULL, &error));
  g_assert_error (error, CAL_EXPORT_ERROR, CAL_EXPORT_ERROR_EMPTY);
  g_assert_false (g_file_test (fixture->path, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (cal_test_dir_count (fixture->dir), ==, 0);
}

static void
test_unwritable (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(CalPdfWriter) writer = cal_pdf_writer_new (CAL_PAGE_SIZE_A4);
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) error2 = NULL;
  g_autofree char *missing = g_build_filename (fixture->dir, "no-such-folder", "out.pdf", NULL);

  cal_pdf_writer_add_paragraph (writer, "Nowhere to go.");

  /* /proc refuses new files even to root. */
  g_assert_false (cal_pdf_writer_save (writer, "/proc/calibrd-out.pdf", NULL, &error));
  g_assert_error (error, CAL_EXPORT_ERROR, CAL_EXPORT_ERROR_WRITE);
  g_assert_nonnull (strstr (error->message, "calibrd-out.pdf"));
  g_assert_false (g_file_test ("/proc/calibrd-out.pdf", G_FILE_TEST_EXISTS));

  g_assert_false (cal_pdf_writer_save (writer, missing, NULL, &error2));
  g_assert_error (error2, CAL_EXPORT_ERROR, CAL_EXPORT_ERROR_WRITE);
  g_assert_cmpuint (cal_test_dir_count (fixture->dir), ==, 0);
}

/* Cancelling leaves nothing new behind and an older file untouched. */
static void
test_cancelled (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(CalPdfWriter) writer = cal_pdf_writer_new (CAL_PAGE_SIZE_A4);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) error2 = NULL;
  g_autofree char *contents = NULL;

  cal_pdf_writer_add_paragraph (writer, "Never written.");
  g_cancellable_cancel (cancellable);

  g_assert_false (cal_pdf_writer_save (writer, fixture->path, cancellable, &error));
  g_assert_error (error, CAL_EXPORT_ERROR, CAL_EXPORT_ERROR_CANCELLED);
  g_assert_cmpuint (cal_test_dir_count (fixture->dir), ==, 0);

  g_assert_true (g_file_set_contents (fixture->path, "old", -1, NULL));
  g_assert_false (cal_pdf_writer_save (writer, fixture->path, cancellable, &error2));
  g_assert_error (error2, CAL_EXPORT_ERROR, CAL_EXPORT_ERROR_CANCELLED);
  g_assert_true (g_file_get_contents (fixture->path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "old");
  g_assert_cmpuint (cal_test_dir_count (fixture->dir), ==, 1);
}

/* A stream that fills up reports "no space", the way a full disk does. */
static void
test_no_space (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(CalPdfWriter) writer = cal_pdf_writer_new (CAL_PAGE_SIZE_A4);
  g_autoptr(GOutputStream) stream = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree guint8 *buffer = g_malloc (2048);

  stream = g_memory_output_stream_new (buffer, 2048, NULL, NULL);
  cal_pdf_writer_add_title (writer, "Too big", "for a small stream");
  for (guint i = 0; i < 50; i++)
    cal_pdf_writer_add_paragraph (writer, "Text that does not fit into two kilobytes of PDF.");

  g_assert_false (cal_pdf_writer_write_to_stream (writer, stream, NULL, &error));
  g_assert_error (error, CAL_EXPORT_ERROR, CAL_EXPORT_ERROR_NO_SPACE);
  g_assert_nonnull (strstr (error->message, "space"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/pdf-writer/blocks", test_blocks);
  ADD ("/pdf-writer/letter", test_letter);
  ADD ("/pdf-writer/many-items", test_many_items);
  ADD ("/pdf-writer/long-paragraph", test_long_paragraph);
  ADD ("/pdf-writer/table-pages", test_table_pages);
  ADD ("/pdf-writer/non-latin", test_non_latin);
  ADD ("/pdf-writer/empty", test_empty);
  ADD ("/pdf-writer/unwritable", test_unwritable);
  ADD ("/pdf-writer/cancelled", test_cancelled);
  ADD ("/pdf-writer/no-space", test_no_space);
#undef ADD

  return g_test_run ();
}
