/* cal-text-extract.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* The largest document accepted, in bytes. A job description or a CV is a
 * few kilobytes; a megabyte leaves room for pasted pages with their clutter
 * while keeping analysis instant. */
#define CAL_TEXT_MAX_SIZE (1024 * 1024)

#define CAL_TEXT_ERROR (cal_text_error_quark ())

/**
 * CalTextError:
 * @CAL_TEXT_ERROR_EMPTY: the document holds no text at all
 * @CAL_TEXT_ERROR_INVALID_UTF8: the text is not valid UTF-8
 * @CAL_TEXT_ERROR_BINARY: the file is not a text document
 * @CAL_TEXT_ERROR_TOO_LARGE: the file is larger than %CAL_TEXT_MAX_SIZE
 * @CAL_TEXT_ERROR_NO_TEXT: a PDF without a text layer
 * @CAL_TEXT_ERROR_UNREADABLE: the PDF or HTML could not be parsed
 */
typedef enum
{
  CAL_TEXT_ERROR_EMPTY,
  CAL_TEXT_ERROR_INVALID_UTF8,
  CAL_TEXT_ERROR_BINARY,
  CAL_TEXT_ERROR_TOO_LARGE,
  CAL_TEXT_ERROR_NO_TEXT,
  CAL_TEXT_ERROR_UNREADABLE,
} CalTextError;

typedef enum
{
  CAL_TEXT_FORMAT_PLAIN,
  CAL_TEXT_FORMAT_MARKDOWN,
  CAL_TEXT_FORMAT_HTML,
  CAL_TEXT_FORMAT_PDF,
} CalTextFormat;

/**
 * CalExtractedText:
 * @text: the document as UTF-8 lines, headings kept as "# " lines
 * @front_matter: (element-type utf8 utf8): lowercase keys of a Markdown YAML
 *   front matter (company, title, level…), empty when there is none
 * @format: the format the document turned out to be
 */
typedef struct
{
  char          *text;
  GHashTable    *front_matter;
  CalTextFormat  format;
} CalExtractedText;

GQuark            cal_text_error_quark        (void);

CalExtractedText *cal_text_extract            (GBytes            *bytes,
                                               const char        *file_name,
                                               const char        *content_type,
                                               GError           **error);
CalExtractedText *cal_text_extract_string     (const char        *text,
                                               GError           **error);
void              cal_extracted_text_free     (CalExtractedText  *extracted);
const char       *cal_text_format_to_string   (CalTextFormat      format);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CalExtractedText, cal_extracted_text_free)

G_END_DECLS
