/* cal-text-extract.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cal-text-extract"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <poppler.h>

#include "cal-text-extract.h"

G_DEFINE_QUARK (cal-text-error-quark, cal_text_error)

void
cal_extracted_text_free (CalExtractedText *extracted)
{
  if (extracted == NULL)
    return;
  g_free (extracted->text);
  g_clear_pointer (&extracted->front_matter, g_hash_table_unref);
  g_free (extracted);
}

/**
 * cal_text_format_to_string:
 * @format: a format
 *
 * Returns: "plain", "markdown", "html" or "pdf"
 */
const char *
cal_text_format_to_string (CalTextFormat format)
{
  switch (format)
    {
    case CAL_TEXT_FORMAT_MARKDOWN: return "markdown";
    case CAL_TEXT_FORMAT_HTML: return "html";
    case CAL_TEXT_FORMAT_PDF: return "pdf";
    case CAL_TEXT_FORMAT_PLAIN:
    default: return "plain";
    }
}

/* --- sniffing ----------------------------------------------------------- */

static gboolean
has_suffix_ci (const char *name,
               const char *suffix)
{
  gsize n, m;

  if (name == NULL)
    return FALSE;
  n = strlen (name);
  m = strlen (suffix);
  return n >= m && g_ascii_strcasecmp (name + n - m, suffix) == 0;
}

static gboolean
looks_like_html (const char *data,
                 gsize       size)
{
  gsize limit = MIN (size, 2048);
  g_autofree char *head = g_ascii_strdown (data, limit);
  const char *p = head;

  /* Skip a BOM and leading blank space. */
  if (limit >= 3 && (guchar) p[0] == 0xEF && (guchar) p[1] == 0xBB && (guchar) p[2] == 0xBF)
    p += 3;
  while (*p == ' ' || *p == '\t' || *p == '\r' || *p == '\n')
    p++;

  if (g_str_has_prefix (p, "<!doctype html") || g_str_has_prefix (p, "<html") ||
      g_str_has_prefix (p, "<head") || g_str_has_prefix (p, "<body"))
    return TRUE;
  return strstr (head, "<html") != NULL || strstr (head, "<body") != NULL;
}

static CalTextFormat
detect_format (const char *data,
               gsize       size,
               const char *file_name,
               const char *content_type)
{
  /* Content wins over the name: a ".txt" saved from a browser is often
   * HTML, and a download without an extension is often a PDF. */
  if (size >= 5 && memcmp (data, "%PDF-", 5) == 0)
    return CAL_TEXT_FORMAT_PDF;
  if (looks_like_html (data, size))
    return CAL_TEXT_FORMAT_HTML;

  if (has_suffix_ci (file_name, ".html") || has_suffix_ci (file_name, ".htm") ||
      has_suffix_ci (file_name, ".xhtml") ||
      g_strcmp0 (content_type, "text/html") == 0)
    return CAL_TEXT_FORMAT_HTML;
  if (has_suffix_ci (file_name, ".pdf") || g_strcmp0 (content_type, "application/pdf") == 0)
    return CAL_TEXT_FORMAT_PDF;
  if (has_suffix_ci (file_name, ".md") || has_suffix_ci (file_name, ".markdown") ||
      g_strcmp0 (content_type, "text/markdown") == 0 ||
      g_strcmp0 (content_type, "text/x-markdown") == 0)
    return CAL_TEXT_FORMAT_MARKDOWN;

  /* Pasted text and stdin have no name: front matter or a "# " heading
   * at the start of a line says Markdown. */
  if (g_str_has_prefix (data, "---\n") || g_str_has_prefix (data, "---\r\n") ||
      g_str_has_prefix (data, "<!--") || g_str_has_prefix (data, "# ") ||
      strstr (data, "\n# ") != NULL || strstr (data, "\n## ") != NULL)
    return CAL_TEXT_FORMAT_MARKDOWN;
  return CAL_TEXT_FORMAT_PLAIN;
}

/* --- checks ------------------------------------------------------------- */

static gboolean
check_text_bytes (const char  *data,
                  gsize        size,
                  GError     **error)
{
  const char *end = NULL;
  gsize control = 0;

  if (memchr (data, '\0', size) != NULL)
    {
      g_set_error (error, CAL_TEXT_ERROR, CAL_TEXT_ERROR_BINARY,
                   _("This file is not a text document. Open a .txt, .md, .html or .pdf file, or paste the text."));
      return FALSE;
    }

  for (gsize i = 0; i < size; i++)
    {
      guchar c = data[i];

      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f')
        control++;
    }
  if (control * 20 > size)
    {
      g_set_error (error, CAL_TEXT_ERROR, CAL_TEXT_ERROR_BINARY,
                   _("This file is mostly not text. Open a .txt, .md, .html or .pdf file, or paste the text."));
      return FALSE;
    }

  if (!g_utf8_validate (data, size, &end))
    {
      g_set_error (error, CAL_TEXT_ERROR, CAL_TEXT_ERROR_INVALID_UTF8,
                   _("The text is not valid UTF-8 (first bad byte at offset %zu). Save it as UTF-8 and try again."),
                   (gsize) (end - data));
      return FALSE;
    }
  return TRUE;
}

static gboolean
is_blank (const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)) && g_utf8_get_char (p) != 0xFEFF)
      return FALSE;
  return TRUE;
}

/* Line endings become "\n", trailing blanks go and runs of blank lines
 * shrink to one, so every format reaches the analyzer in one shape. */
static char *
normalize_lines (const char *text)
{
  GString *out = g_string_sized_new (strlen (text) + 1);
  const char *p = text;
  guint blank_run = 0;

  if ((guchar) p[0] == 0xEF && (guchar) p[1] == 0xBB && (guchar) p[2] == 0xBF)
    p += 3;

  while (*p != '\0')
    {
      const char *eol = p;
      const char *trim;

      while (*eol != '\0' && *eol != '\n' && *eol != '\r')
        eol++;
      trim = eol;
      while (trim > p && (trim[-1] == ' ' || trim[-1] == '\t' || trim[-1] == '\f'))
        trim--;

      if (trim == p)
        blank_run++;
      else
        {
          if (out->len > 0)
            g_string_append (out, blank_run > 0 ? "\n\n" : "\n");
          g_string_append_len (out, p, trim - p);
          blank_run = 0;
        }

      if (*eol == '\r' && eol[1] == '\n')
        eol++;
      p = *eol != '\0' ? eol + 1 : eol;
    }
  return g_string_free (out, FALSE);
}

/* --- Markdown ----------------------------------------------------------- */

static char *
strip_html_comments (const char *text)
{
  GString *out = g_string_new (NULL);
  const char *p = text;

  for (;;)
    {
      const char *open = strstr (p, "<!--");
      const char *close;

      if (open == NULL)
        break;
      close = strstr (open + 4, "-->");
      g_string_append_len (out, p, open - p);
      if (close == NULL)
        {
          p = open + strlen (open);
          break;
        }
      p = close + 3;
    }
  g_string_append (out, p);
  return g_string_free (out, FALSE);
}

static char *
unquote (const char *value)
{
  g_autofree char *v = g_strstrip (g_strdup (value));
  gsize n = strlen (v);

  if (n >= 2 && ((v[0] == '"' && v[n - 1] == '"') || (v[0] == '\'' && v[n - 1] == '\'')))
    return g_strndup (v + 1, n - 2);
  return g_steal_pointer (&v);
}

/* Takes a leading "---" YAML block apart into flat key/values. Only simple
 * "key: value" lines matter (company, title, level, location); nested
 * structures are skipped rather than misread. */
static const char *
parse_front_matter (const char *text,
                    GHashTable *front_matter)
{
  const char *p = text;
  const char *body;

  while (*p == '\n')
    p++;
  if (!g_str_has_prefix (p, "---\n"))
    return text;

  body = strstr (p + 4, "\n---");
  if (body == NULL)
    return text;

  {
    g_autofree char *block = g_strndup (p + 4, body - (p + 4));
    g_auto(GStrv) lines = g_strsplit (block, "\n", -1);

    for (guint i = 0; lines[i] != NULL; i++)
      {
        char *colon;
        g_autofree char *key = NULL;

        if (lines[i][0] == ' ' || lines[i][0] == '\t' || lines[i][0] == '#' || lines[i][0] == '-')
          continue;
        colon = strchr (lines[i], ':');
        if (colon == NULL)
          continue;
        key = g_ascii_strdown (lines[i], colon - lines[i]);
        g_strstrip (key);
        if (*key != '\0' && colon[1] != '\0')
          {
            g_autofree char *value = unquote (colon + 1);

            if (*value != '\0')
              g_hash_table_replace (front_matter, g_steal_pointer (&key), g_steal_pointer (&value));
          }
      }
  }

  body += 4;
  while (*body != '\0' && *body != '\n')
    body++;
  return body;
}

/* Links and images keep their visible text only: "[grade 7](/handbook/…)"
 * reads "grade 7" and the URL does not pollute word counts. */
static char *
strip_markdown_links (const char *text)
{
  GString *out = g_string_sized_new (strlen (text));
  const char *p = text;

  while (*p != '\0')
    {
      if ((*p == '[' || (*p == '!' && p[1] == '[')))
        {
          const char *open = *p == '!' ? p + 1 : p;
          const char *close = strchr (open, ']');
          const char *nl = strchr (open, '\n');

          if (close != NULL && close[1] == '(' && (nl == NULL || close < nl))
            {
              const char *paren = strchr (close + 2, ')');

              if (paren != NULL && (nl == NULL || paren < nl))
                {
                  if (*p != '!')
                    g_string_append_len (out, open + 1, close - open - 1);
                  p = paren + 1;
                  continue;
                }
            }
        }
      if ((p[0] == '*' && p[1] == '*') || (p[0] == '_' && p[1] == '_'))
        {
          p += 2;
          continue;
        }
      g_string_append_c (out, *p++);
    }
  return g_string_free (out, FALSE);
}

static char *
extract_markdown (const char *text,
                  GHashTable *front_matter)
{
  g_autofree char *normalized = normalize_lines (text);
  g_autofree char *no_comments = strip_html_comments (normalized);
  const char *body = parse_front_matter (no_comments, front_matter);
  g_autofree char *no_links = strip_markdown_links (body);

  return normalize_lines (no_links);
}

/* --- HTML --------------------------------------------------------------- */

static gboolean
is_block (const char *name)
{
  static const char *blocks[] = {
    "p", "div", "section", "article", "header", "footer", "main", "aside", "nav",
    "ul", "ol", "li", "dl", "dt", "dd", "table", "tr", "td", "th", "thead", "tbody",
    "blockquote", "pre", "br", "hr", "form", "fieldset", "address", "figure",
    "figcaption", "h1", "h2", "h3", "h4", "h5", "h6", "title", "body",
  };

  for (guint i = 0; i < G_N_ELEMENTS (blocks); i++)
    if (g_ascii_strcasecmp (name, blocks[i]) == 0)
      return TRUE;
  return FALSE;
}

static void
ensure_newline (GString *out)
{
  if (out->len > 0 && out->str[out->len - 1] != '\n')
    g_string_append_c (out, '\n');
}

static void
append_collapsed (GString    *out,
                  const char *text)
{
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r' || *p == '\f')
        {
          if (out->len > 0 && out->str[out->len - 1] != ' ' && out->str[out->len - 1] != '\n')
            g_string_append_c (out, ' ');
        }
      else if ((guchar) p[0] == 0xC2 && (guchar) p[1] == 0xA0)
        {
          /* A no-break space separates words like any other space. */
          if (out->len > 0 && out->str[out->len - 1] != ' ' && out->str[out->len - 1] != '\n')
            g_string_append_c (out, ' ');
          p++;
        }
      else
        g_string_append_c (out, *p);
    }
}

static void
walk_html (xmlNode *node,
           GString *out)
{
  for (; node != NULL; node = node->next)
    {
      if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE)
        {
          if (node->content != NULL)
            append_collapsed (out, (const char *) node->content);
        }
      else if (node->type == XML_ELEMENT_NODE)
        {
          const char *name = (const char *) node->name;

          if (g_ascii_strcasecmp (name, "script") == 0 || g_ascii_strcasecmp (name, "style") == 0 ||
              g_ascii_strcasecmp (name, "noscript") == 0 || g_ascii_strcasecmp (name, "template") == 0 ||
              g_ascii_strcasecmp (name, "svg") == 0 || g_ascii_strcasecmp (name, "head") == 0)
            continue;

          if (is_block (name))
            {
              ensure_newline (out);
              if (name[0] == 'h' && name[1] >= '1' && name[1] <= '6' && name[2] == '\0')
                {
                  /* Headings stay recognisable as headings. */
                  for (int i = 0; i < name[1] - '0'; i++)
                    g_string_append_c (out, '#');
                  g_string_append_c (out, ' ');
                }
              else if (g_ascii_strcasecmp (name, "li") == 0)
                g_string_append (out, "- ");
            }

          walk_html (node->children, out);

          if (is_block (name))
            ensure_newline (out);
        }
    }
}

static char *
extract_html (const char  *data,
              gsize        size,
              GError     **error)
{
  htmlDocPtr doc;
  g_autoptr(GString) out = g_string_new (NULL);

  doc = htmlReadMemory (data, (int) size, NULL, "UTF-8",
                        HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                        HTML_PARSE_RECOVER | HTML_PARSE_NOBLANKS);
  if (doc == NULL)
    {
      g_set_error (error, CAL_TEXT_ERROR, CAL_TEXT_ERROR_UNREADABLE,
                   _("This HTML page could not be read. Copy the text from the page instead."));
      return NULL;
    }

  walk_html (xmlDocGetRootElement (doc), out);
  xmlFreeDoc (doc);

  /* Each line loses the space collapsing may have left at its start. */
  {
    g_auto(GStrv) lines = g_strsplit (out->str, "\n", -1);
    g_autoptr(GString) clean = g_string_new (NULL);

    for (guint i = 0; lines[i] != NULL; i++)
      {
        g_strstrip (lines[i]);
        g_string_append (clean, lines[i]);
        g_string_append_c (clean, '\n');
      }
    return normalize_lines (clean->str);
  }
}

/* --- PDF ---------------------------------------------------------------- */

static char *
extract_pdf (GBytes  *bytes,
             GError **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GObject) document_object = NULL;
  PopplerDocument *document;
  g_autoptr(GString) out = g_string_new (NULL);
  int n_pages;

  document = poppler_document_new_from_bytes (bytes, NULL, &local_error);
  document_object = (GObject *) document;
  if (document == NULL)
    {
      if (g_error_matches (local_error, POPPLER_ERROR, POPPLER_ERROR_ENCRYPTED))
        g_set_error (error, CAL_TEXT_ERROR, CAL_TEXT_ERROR_UNREADABLE,
                     _("This PDF is protected by a password. Save an unprotected copy or copy the text instead."));
      else
        g_set_error (error, CAL_TEXT_ERROR, CAL_TEXT_ERROR_UNREADABLE,
                     _("This PDF could not be read (%s). Copy the text from the job page instead."),
                     local_error != NULL ? local_error->message : "?");
      return NULL;
    }

  n_pages = poppler_document_get_n_pages (document);
  for (int i = 0; i < n_pages; i++)
    {
      PopplerPage *page = poppler_document_get_page (document, i);
      g_autofree char *text = NULL;

      if (page != NULL)
        {
          text = poppler_page_get_text (page);
          g_object_unref (page);
        }

      if (text != NULL)
        {
          g_string_append (out, text);
          g_string_append_c (out, '\n');
        }
    }

  if (is_blank (out->str))
    {
      g_set_error (error, CAL_TEXT_ERROR, CAL_TEXT_ERROR_NO_TEXT,
                   _("This PDF has no text layer (it is probably a scan). Copy the text from the job page instead."));
      return NULL;
    }
  if (!g_utf8_validate (out->str, out->len, NULL))
    {
      g_autofree char *valid = g_utf8_make_valid (out->str, out->len);
      return normalize_lines (valid);
    }
  return normalize_lines (out->str);
}

/* --- public API --------------------------------------------------------- */

/**
 * cal_text_extract:
 * @bytes: the file contents
 * @file_name: (nullable): the file name, used as a hint only
 * @content_type: (nullable): a MIME type, used as a hint only
 * @error: return location for a #GError in %CAL_TEXT_ERROR
 *
 * Turns a .txt, .md, .html or .pdf document into plain UTF-8 lines. The
 * format is recognised from the content first and the name second. Input
 * that is empty, binary, not UTF-8 or larger than %CAL_TEXT_MAX_SIZE is
 * refused with an error that says what to do instead.
 *
 * Returns: (transfer full): the text, or %NULL with @error set
 */
CalExtractedText *
cal_text_extract (GBytes      *bytes,
                  const char  *file_name,
                  const char  *content_type,
                  GError     **error)
{
  g_autoptr(CalExtractedText) result = NULL;
  const char *data;
  gsize size;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  data = g_bytes_get_data (bytes, &size);
  if (size > CAL_TEXT_MAX_SIZE)
    {
      g_autofree char *limit = g_format_size (CAL_TEXT_MAX_SIZE);
      g_autofree char *actual = g_format_size (size);

      g_set_error (error, CAL_TEXT_ERROR, CAL_TEXT_ERROR_TOO_LARGE,
                   _("The document is %s, more than the %s limit. Paste only the job description."),
                   actual, limit);
      return NULL;
    }
  if (size == 0 || data == NULL)
    {
      g_set_error (error, CAL_TEXT_ERROR, CAL_TEXT_ERROR_EMPTY,
                   _("The document is empty. Paste the job description or open another file."));
      return NULL;
    }

  result = g_new0 (CalExtractedText, 1);
  result->front_matter = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  if (size >= 5 && memcmp (data, "%PDF-", 5) == 0)
    result->format = CAL_TEXT_FORMAT_PDF;
  else
    {
      /* Everything that is not a PDF must be text: check before parsing so
       * that a binary file is refused as such, not as broken HTML. */
      if (!check_text_bytes (data, size, error))
        return NULL;
      {
        g_autofree char *copy = g_strndup (data, size);
        result->format = detect_format (copy, size, file_name, content_type);
      }
    }

  switch (result->format)
    {
    case CAL_TEXT_FORMAT_PDF:
      result->text = extract_pdf (bytes, error);
      break;
    case CAL_TEXT_FORMAT_HTML:
      result->text = extract_html (data, size, error);
      break;
    case CAL_TEXT_FORMAT_MARKDOWN:
      {
        g_autofree char *copy = g_strndup (data, size);
        result->text = extract_markdown (copy, result->front_matter);
      }
      break;
    case CAL_TEXT_FORMAT_PLAIN:
    default:
      {
        g_autofree char *copy = g_strndup (data, size);
        result->text = normalize_lines (copy);
      }
      break;
    }

  if (result->text == NULL)
    return NULL;

  if (is_blank (result->text))
    {
      g_set_error (error, CAL_TEXT_ERROR, CAL_TEXT_ERROR_EMPTY,
                   _("The document has no text, only blank space or markup. Paste the job description or open another file."));
      return NULL;
    }

  return g_steal_pointer (&result);
}

/**
 * cal_text_extract_string:
 * @text: pasted text (Markdown, HTML or plain)
 * @error: return location for a #GError
 *
 * Like cal_text_extract() for text that is already in memory, such as a
 * paste; the format is recognised from the content.
 *
 * Returns: (transfer full): the text, or %NULL with @error set
 */
CalExtractedText *
cal_text_extract_string (const char  *text,
                         GError     **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (text != NULL, NULL);
  bytes = g_bytes_new_static (text, strlen (text));
  return cal_text_extract (bytes, NULL, NULL, error);
}
