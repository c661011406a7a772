/* test-text-extract.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <cairo.h>
#include <cairo-pdf.h>
#include <glib/gstdio.h>

#include "cal-text-extract.h"

static cairo_status_t
append_bytes (void                *closure,
              const unsigned char *data,
              unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/* A real PDF written by cairo; with @text NULL the page holds only a
 * rectangle, like a scan without a text layer. */
static GBytes *
make_pdf (const char *text)
{
  GByteArray *data = g_byte_array_new ();
  cairo_surface_t *surface = cairo_pdf_surface_create_for_stream (append_bytes, data, 595, 842);
  cairo_t *cr = cairo_create (surface);

  cairo_rectangle (cr, 50, 50, 200, 100);
  cairo_fill (cr);
  if (text != NULL)
    {
      cairo_select_font_face (cr, "DejaVu Sans", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_NORMAL);
      cairo_set_font_size (cr, 14);
      cairo_move_to (cr, 50, 200);
      cairo_show_text (cr, text);
      cairo_show_page (cr);
      cairo_move_to (cr, 50, 200);
      cairo_show_text (cr, "Second page mentions Kubernetes");
    }
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  cairo_surface_destroy (surface);
  return g_byte_array_free_to_bytes (data);
}

static CalExtractedText *
extract_string (const char  *text,
                const char  *name,
                GError     **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));
  return cal_text_extract (bytes, name, NULL, error);
}

static void
test_plain (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CalExtractedText) t = extract_string ("Senior Engineer\r\n\r\n\r\n\r\nWe build things.  \r\n", "jd.txt", &error);

  g_assert_no_error (error);
  g_assert_cmpint (t->format, ==, CAL_TEXT_FORMAT_PLAIN);
  g_assert_cmpstr (t->text, ==, "Senior Engineer\n\nWe build things.");
  g_assert_cmpuint (g_hash_table_size (t->front_matter), ==, 0);
}

static void
test_markdown (void)
{
  g_autoptr(GError) error = NULL;
  const char *md =
    "<!-- calibrd-eval\nsource: somewhere\n-->\n"
    "---\ncompany: \"Acme Labs\"\ntitle: Staff Engineer\nlevel: staff\ntags:\n  - a\n---\n"
    "# Staff Engineer\n\nSee the [handbook](/handbook/x) for **details**.\n";
  g_autoptr(CalExtractedText) t = extract_string (md, "jd.md", &error);

  g_assert_no_error (error);
  g_assert_cmpint (t->format, ==, CAL_TEXT_FORMAT_MARKDOWN);
  g_assert_cmpstr (g_hash_table_lookup (t->front_matter, "company"), ==, "Acme Labs");
  g_assert_cmpstr (g_hash_table_lookup (t->front_matter, "title"), ==, "Staff Engineer");
  g_assert_cmpstr (g_hash_table_lookup (t->front_matter, "level"), ==, "staff");
  g_assert_null (strstr (t->text, "calibrd-eval"));
  g_assert_null (strstr (t->text, "company:"));
  g_assert_null (strstr (t->text, "/handbook/x"));
  g_assert_true (g_str_has_prefix (t->text, "# Staff Engineer\n"));
  g_assert_nonnull (strstr (t->text, "See the handbook for details."));
}

static void
test_html (void)
{
  g_autoptr(GError) error = NULL;
  const char *html =
    "<!DOCTYPE html><html><head><title>x</title><style>p{color:red}</style></head><body>"
    "<script>var hidden = 'do not show';</script>"
    "<h1>Backend Engineer</h1><p>Join <b>Acme</b>&nbsp;today.</p>"
    "<h2>Requirements</h2><ul><li>Go</li><li>SQL</li></ul></body></html>";
  g_autoptr(CalExtractedText) t = extract_string (html, "posting.html", &error);

  g_assert_no_error (error);
  g_assert_cmpint (t->format, ==, CAL_TEXT_FORMAT_HTML);
  g_assert_cmpstr (t->text, ==, "# Backend Engineer\nJoin Acme today.\n## Requirements\n- Go\n- SQL");
  g_assert_null (strstr (t->text, "hidden"));
  g_assert_null (strstr (t->text, "color"));
}

static void
test_pdf (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) pdf = make_pdf ("Senior Data Engineer at Acme");
  g_autoptr(CalExtractedText) t = cal_text_extract (pdf, "jd.pdf", NULL, &error);

  g_assert_no_error (error);
  g_assert_cmpint (t->format, ==, CAL_TEXT_FORMAT_PDF);
  g_assert_nonnull (strstr (t->text, "Senior Data Engineer at Acme"));
  g_assert_nonnull (strstr (t->text, "Kubernetes"));
}

static void
test_pdf_without_text (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) pdf = make_pdf (NULL);
  g_autoptr(CalExtractedText) t = cal_text_extract (pdf, "scan.pdf", NULL, &error);

  g_assert_null (t);
  g_assert_error (error, CAL_TEXT_ERROR, CAL_TEXT_ERROR_NO_TEXT);
  g_assert_nonnull (strstr (error->message, "no text layer"));
}

static void
test_broken_pdf (void)
{
  g_autoptr(GError) error = NULL;
  const char *broken = "%PDF-1.4\nthis is not really a pdf\n";
  g_autoptr(CalExtractedText) t = extract_string (broken, "x.pdf", &error);

  g_assert_null (t);
  g_assert_error (error, CAL_TEXT_ERROR, CAL_TEXT_ERROR_UNREADABLE);
}

static void
test_sniff_by_content (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) pdf = make_pdf ("Hidden PDF");
  g_autoptr(CalExtractedText) a = cal_text_extract (pdf, "really-a-pdf.txt", NULL, &error);
  g_autoptr(CalExtractedText) b = NULL;

  g_assert_no_error (error);
  g_assert_cmpint (a->format, ==, CAL_TEXT_FORMAT_PDF);
  g_assert_nonnull (strstr (a->text, "Hidden PDF"));

  b = extract_string ("<html><body><p>Saved page</p></body></html>", "saved.txt", &error);
  g_assert_no_error (error);
  g_assert_cmpint (b->format, ==, CAL_TEXT_FORMAT_HTML);
  g_assert_cmpstr (b->text, ==, "Saved page");
}

static void
test_bad_inputs (void)
{
  struct {
    const char *data;
    gsize       size;
    int         code;
    const char *in_message;
  } cases[] = {
    { "", 0, CAL_TEXT_ERROR_EMPTY, "empty" },
    { "  \n\t \r\n ", (gsize) -1, CAL_TEXT_ERROR_EMPTY, "no text" },
    { "<html><body><script>x()</script></body></html>", (gsize) -1, CAL_TEXT_ERROR_EMPTY, "no text" },
    { "Good text \xff\xfe" " bad", (gsize) -1, CAL_TEXT_ERROR_INVALID_UTF8, "offset 10" },
    { "ELF\0\0\0binary", 12, CAL_TEXT_ERROR_BINARY, "not a text" },
    { "\x01\x02\x03\x04\x05\x06\x07\x08" "abc", (gsize) -1, CAL_TEXT_ERROR_BINARY, "not text" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      gsize size = cases[i].size == (gsize) -1 ? strlen (cases[i].data) : cases[i].size;
      g_autoptr(GBytes) bytes = g_bytes_new (cases[i].data, size);
      g_autoptr(CalExtractedText) t = cal_text_extract (bytes, "in.txt", NULL, &error);

      g_assert_null (t);
      g_assert_error (error, CAL_TEXT_ERROR, cases[i].code);
      if (strstr (error->message, cases[i].in_message) == NULL)
        g_error ("case %u: “%s” lacks “%s”", i, error->message, cases[i].in_message);
    }
}

static void
test_too_large (void)
{
  g_autoptr(GError) error = NULL;
  gsize size = CAL_TEXT_MAX_SIZE + 1;
  char *data = g_malloc (size);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(CalExtractedText) t = NULL;

  memset (data, 'a', size);
  bytes = g_bytes_new_take (data, size);
  t = cal_text_extract (bytes, "big.txt", NULL, &error);
  g_assert_null (t);
  g_assert_error (error, CAL_TEXT_ERROR, CAL_TEXT_ERROR_TOO_LARGE);

  /* Exactly at the limit is fine. */
  {
    g_autoptr(GError) e2 = NULL;
    g_autoptr(GBytes) at_limit = g_bytes_new_from_bytes (bytes, 0, CAL_TEXT_MAX_SIZE);
    g_autoptr(CalExtractedText) ok = cal_text_extract (at_limit, "big.txt", NULL, &e2);

    g_assert_no_error (e2);
    g_assert_cmpuint (strlen (ok->text), ==, CAL_TEXT_MAX_SIZE);
  }
}

static void
test_real_file (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "jds", "02-gitlab-backend-senior.md", NULL);
  g_autofree char *contents = NULL;
  gsize length;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(CalExtractedText) t = NULL;

  g_assert_true (g_file_get_contents (path, &contents, &length, &error));
  bytes = g_bytes_new_take (g_steal_pointer (&contents), length);
  t = cal_text_extract (bytes, path, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (t->text, "# Senior Backend Engineer"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/text-extract/plain", test_plain);
  g_test_add_func ("/text-extract/markdown", test_markdown);
  g_test_add_func ("/text-extract/html", test_html);
  g_test_add_func ("/text-extract/pdf", test_pdf);
  g_test_add_func ("/text-extract/pdf-without-text", test_pdf_without_text);
  g_test_add_func ("/text-extract/broken-pdf", test_broken_pdf);
  g_test_add_func ("/text-extract/sniff-by-content", test_sniff_by_content);
  g_test_add_func ("/text-extract/bad-inputs", test_bad_inputs);
  g_test_add_func ("/text-extract/too-large", test_too_large);
  g_test_add_func ("/text-extract/real-file", test_real_file);

  return g_test_run ();
}
