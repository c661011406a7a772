/* cal-pdf-writer.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "cal-export.h"

G_BEGIN_DECLS

#define CAL_TYPE_PDF_WRITER (cal_pdf_writer_get_type ())

G_DECLARE_FINAL_TYPE (CalPdfWriter, cal_pdf_writer, CAL, PDF_WRITER, GObject)

CalPdfWriter *cal_pdf_writer_new                (CalPageSize          page_size);
CalPageSize   cal_pdf_writer_get_page_size      (CalPdfWriter        *self);
void          cal_pdf_writer_set_metadata       (CalPdfWriter        *self,
                                                 const char          *title,
                                                 const char          *author,
                                                 const char          *subject);
void          cal_pdf_writer_set_creation_date  (CalPdfWriter        *self,
                                                 GDateTime           *date);
void          cal_pdf_writer_set_header_title   (CalPdfWriter        *self,
                                                 const char          *header_title);

void          cal_pdf_writer_add_title          (CalPdfWriter        *self,
                                                 const char          *title,
                                                 const char          *subtitle);
void          cal_pdf_writer_add_heading        (CalPdfWriter        *self,
                                                 const char          *text);
void          cal_pdf_writer_add_subheading     (CalPdfWriter        *self,
                                                 const char          *text);
void          cal_pdf_writer_add_paragraph      (CalPdfWriter        *self,
                                                 const char          *text);
void          cal_pdf_writer_add_note           (CalPdfWriter        *self,
                                                 const char          *text);
void          cal_pdf_writer_add_bullet         (CalPdfWriter        *self,
                                                 const char          *badge,
                                                 const char          *text);
void          cal_pdf_writer_add_item           (CalPdfWriter        *self,
                                                 const char          *badge,
                                                 const char          *title);
void          cal_pdf_writer_add_key_value      (CalPdfWriter        *self,
                                                 const char          *key,
                                                 const char          *value);
void          cal_pdf_writer_begin_table        (CalPdfWriter        *self,
                                                 guint                n_columns,
                                                 const double        *widths,
                                                 const char * const  *headers);
void          cal_pdf_writer_add_table_row      (CalPdfWriter        *self,
                                                 const char * const  *cells);
void          cal_pdf_writer_end_table          (CalPdfWriter        *self);
void          cal_pdf_writer_add_space          (CalPdfWriter        *self,
                                                 double               points);
void          cal_pdf_writer_push_indent        (CalPdfWriter        *self);
void          cal_pdf_writer_pop_indent         (CalPdfWriter        *self);

gboolean      cal_pdf_writer_write_to_stream    (CalPdfWriter        *self,
                                                 GOutputStream       *stream,
                                                 GCancellable        *cancellable,
                                                 GError             **error);
gboolean      cal_pdf_writer_save               (CalPdfWriter        *self,
                                                 const char          *path,
                                                 GCancellable        *cancellable,
                                                 GError             **error);
void          cal_pdf_writer_save_async         (CalPdfWriter        *self,
                                                 const char          *path,
                                                 GCancellable        *cancellable,
                                                 GAsyncReadyCallback  callback,
                                                 gpointer             user_data);
gboolean      cal_pdf_writer_save_finish        (CalPdfWriter        *self,
                                                 GAsyncResult        *result,
                                                 GError             **error);
guint         cal_pdf_writer_get_n_pages        (CalPdfWriter        *self);

G_END_DECLS
