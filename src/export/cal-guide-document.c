/* cal-guide-document.c: the side-by-side role guide table as a PDF
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cal-guide-document"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "cal-guide.h"
#include "cal-guide-document.h"

/* Like the other documents, the table is laid out into a CalPdfWriter on
 * the caller's thread (the catalog read is quick and the writer copies every
 * string); only pagination and rendering run in the writer's worker. */

/**
 * cal_guide_document_new:
 * @catalog: a loaded #CalCatalog
 * @band_id: the level band to compare tracks at, e.g. "senior"
 * @date: (nullable): the date to print; %NULL for today
 * @page_size: the paper size
 * @error: return location for a #GError
 *
 * Builds the side-by-side table of every track at @band_id: its rounds,
 * what it grades hardest and the artifact to bring.
 *
 * Returns: (transfer full): the document, or %NULL with @error set
 */
CalPdfWriter *
cal_guide_document_new (CalCatalog   *catalog,
                        const char   *band_id,
                        GDateTime    *date,
                        CalPageSize   page_size,
                        GError      **error)
{
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *date_text = NULL;
  const char *band_name;
  const char *headers[] = { _("Role"), _("Rounds"), _("Graded hardest"), _("Artifact to bring"), NULL };
  CalPdfWriter *writer;

  g_return_val_if_fail (CAL_IS_CATALOG (catalog), NULL);
  g_return_val_if_fail (band_id != NULL, NULL);

  rows = cal_guide_side_by_side (catalog, band_id, error);
  if (rows == NULL)
    return NULL;
  if (rows->len == 0)
    {
      g_set_error (error, CAL_EXPORT_ERROR, CAL_EXPORT_ERROR_EMPTY,
                   _("No role has an interview loop at the “%s” band"), band_id);
      return NULL;
    }

  band_name = cal_guide_lookup_band_name (catalog, band_id);
  if (band_name == NULL)
    band_name = band_id;
  if (date == NULL)
    date = now = g_date_time_new_now_local ();

  /* Translators: %s is a level band such as "Senior" or "Staff and above" */
  title = g_strdup_printf (_("Role guides side by side: %s"), band_name);
  /* Translators: the date in document subtitles, see g_date_time_format() */
  date_text = g_date_time_format (date, _("%-d %B %Y"));
  /* Translators: %u is a number of roles, %s a date */
  subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u role · %s", "%u roles · %s", rows->len),
                              rows->len, date_text);

  writer = cal_pdf_writer_new (page_size);
  cal_pdf_writer_set_metadata (writer, title, NULL, _("The interview bar for every role at one level band"));
  cal_pdf_writer_set_creation_date (writer, date);
  cal_pdf_writer_set_header_title (writer, title);
  cal_pdf_writer_add_title (writer, title, subtitle);
  cal_pdf_writer_add_paragraph (writer,
                                _("Each row is one role's typical loop at this band, the part of it that is graded "
                                  "hardest (the round to prepare most is named first) and the artifact worth bringing."));

  cal_pdf_writer_begin_table (writer, 4, (double[]) { 1.6, 3.4, 3.4, 2.9 }, headers);
  for (guint i = 0; i < rows->len; i++)
    {
      CalGuideRow *row = g_ptr_array_index (rows, i);
      g_autofree char *rounds = cal_guide_row_format_rounds (row);
      g_autofree char *total = NULL;
      g_autofree char *rounds_cell = NULL;
      g_autofree char *hardest = NULL;
      const char *cells[5];

      if (row->minutes % 60 == 0)
        /* Translators: the total length of a loop, in whole hours */
        total = g_strdup_printf (_("%d h in all"), row->minutes / 60);
      else
        /* Translators: the total length of a loop, in hours and minutes */
        total = g_strdup_printf (_("%d h %d min in all"), row->minutes / 60, row->minutes % 60);
      rounds_cell = g_strdup_printf ("%s\n%s", rounds, total);
      /* Translators: the round to prepare most, then what is graded hardest */
      hardest = g_strdup_printf (_("%s: %s"), row->focus_name, row->hardest);

      cells[0] = row->track_name;
      cells[1] = rounds_cell;
      cells[2] = hardest;
      cells[3] = row->artifact;
      cells[4] = NULL;
      cal_pdf_writer_add_table_row (writer, cells);
    }
  cal_pdf_writer_end_table (writer);

  return writer;
}

static void
on_writer_saved (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GError *error = NULL;

  if (cal_pdf_writer_save_finish (CAL_PDF_WRITER (source), result, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/**
 * cal_guide_document_export_async:
 * @catalog: a loaded #CalCatalog
 * @band_id: the level band
 * @page_size: the paper size
 * @path: where to write the PDF
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when the file is written or writing failed
 * @user_data: data for @callback
 *
 * Writes the side-by-side table for @band_id to @path off the main thread.
 */
void
cal_guide_document_export_async (CalCatalog          *catalog,
                                 const char          *band_id,
                                 CalPageSize          page_size,
                                 const char          *path,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(CalPdfWriter) writer = NULL;
  GError *error = NULL;

  g_return_if_fail (CAL_IS_CATALOG (catalog));
  g_return_if_fail (band_id != NULL);
  g_return_if_fail (path != NULL);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, cal_guide_document_export_async);
  /* The writer reports cancellation itself, with a message for the user. */
  g_task_set_check_cancellable (task, FALSE);

  writer = cal_guide_document_new (catalog, band_id, NULL, page_size, &error);
  if (writer == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  /* The writer is kept alive by the task until the save finishes. */
  g_task_set_task_data (task, g_object_ref (writer), g_object_unref);
  cal_pdf_writer_save_async (writer, path, cancellable, on_writer_saved, g_steal_pointer (&task));
}

/**
 * cal_guide_document_export_finish:
 * @result: the #GAsyncResult
 * @error: return location for a #GError
 *
 * Returns: whether the PDF was written
 */
gboolean
cal_guide_document_export_finish (GAsyncResult  *result,
                                  GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == cal_guide_document_export_async, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
