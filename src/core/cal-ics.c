/* cal-ics.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cal-ics"

#include "config.h"

#include <stdio.h>
#include <glib/gi18n-lib.h>

#include "cal-funnel.h"
#include "cal-ics.h"

G_DEFINE_QUARK (cal-ics-error-quark, cal_ics_error)

/* RFC 5545 §3.1: lines SHOULD NOT be longer than 75 octets, excluding the
 * line break. */
#define FOLD_OCTETS 75

/**
 * cal_ics_escape_text:
 * @text: a TEXT value
 *
 * Returns: (transfer full): @text with backslash, semicolon, comma and
 *   newlines escaped (RFC 5545 §3.3.11); CR LF becomes one "\n"
 */
char *
cal_ics_escape_text (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p++)
    {
      switch (*p)
        {
        case '\\': g_string_append (out, "\\\\"); break;
        case ';': g_string_append (out, "\\;"); break;
        case ',': g_string_append (out, "\\,"); break;
        case '\r':
          if (p[1] != '\n')
            g_string_append (out, "\\n");
          break;
        case '\n': g_string_append (out, "\\n"); break;
        default: g_string_append_c (out, *p);
        }
    }

  return g_string_free (out, FALSE);
}

/**
 * cal_ics_fold_line:
 * @line: one content line, without its line break
 *
 * Returns: (transfer full): @line folded into physical lines of at most 75
 *   octets each (continuations start with a space, which counts), every
 *   line ended by CR LF
 */
char *
cal_ics_fold_line (const char *line)
{
  GString *out = g_string_new (NULL);
  gsize len = strlen (line);
  gsize pos = 0;
  gsize room = FOLD_OCTETS;

  while (len - pos > room)
    {
      gsize cut = pos + room;

      /* Step back to the start of a UTF-8 character. */
      while (cut > pos && ((guchar) line[cut] & 0xC0) == 0x80)
        cut--;
      g_string_append_len (out, line + pos, cut - pos);
      g_string_append (out, "\r\n ");
      pos = cut;
      room = FOLD_OCTETS - 1;
    }
  g_string_append (out, line + pos);
  g_string_append (out, "\r\n");

  return g_string_free (out, FALSE);
}

static void
add_line (GString    *out,
          const char *format,
          ...) G_GNUC_PRINTF (2, 3);

static void
add_line (GString    *out,
          const char *format,
          ...)
{
  g_autofree char *line = NULL;
  g_autofree char *folded = NULL;
  va_list args;

  va_start (args, format);
  line = g_strdup_vprintf (format, args);
  va_end (args);

  folded = cal_ics_fold_line (line);
  g_string_append (out, folded);
}

/* A round's date is a day ("2024-05-02", an all-day event) or a day and
 * a local time ("2024-05-02T14:30" or "2024-05-02 14:30", a floating time
 * lasting an hour). */
static gboolean
format_start (const char *date,
              char      **dtstart,
              char      **dtend)
{
  GDate day;
  guint hour, minute;

  if (!cal_funnel_parse_day (date, &day))
    return FALSE;

  if (strlen (date) >= 16 && sscanf (date + 11, "%2u:%2u", &hour, &minute) == 2 &&
      hour < 24 && minute < 60)
    {
      guint end_hour = hour + 1;
      GDate end_day = day;

      if (end_hour == 24)
        {
          end_hour = 0;
          g_date_add_days (&end_day, 1);
        }
      *dtstart = g_strdup_printf ("DTSTART:%04u%02u%02uT%02u%02u00",
                                  g_date_get_year (&day), g_date_get_month (&day),
                                  g_date_get_day (&day), hour, minute);
      *dtend = g_strdup_printf ("DTEND:%04u%02u%02uT%02u%02u00",
                                g_date_get_year (&end_day), g_date_get_month (&end_day),
                                g_date_get_day (&end_day), end_hour, minute);
    }
  else
    {
      GDate next = day;

      g_date_add_days (&next, 1);
      *dtstart = g_strdup_printf ("DTSTART;VALUE=DATE:%04u%02u%02u", g_date_get_year (&day),
                                  g_date_get_month (&day), g_date_get_day (&day));
      *dtend = g_strdup_printf ("DTEND;VALUE=DATE:%04u%02u%02u", g_date_get_year (&next),
                                g_date_get_month (&next), g_date_get_day (&next));
    }

  return TRUE;
}

/**
 * cal_ics_from_rounds:
 * @job: (nullable): the job, for the company and title
 * @process: the process
 * @rounds: (element-type CalRound): its rounds
 * @stamp: the DTSTAMP (the time of export)
 * @n_skipped: (out) (optional): rounds left out because they have no date
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the calendar text, or %NULL when no round has
 *   a date (%CAL_ICS_ERROR_NO_DATES)
 */
char *
cal_ics_from_rounds (CalJob      *job,
                     CalProcess  *process,
                     GListModel  *rounds,
                     GDateTime   *stamp,
                     guint       *n_skipped,
                     GError     **error)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GDateTime) utc = g_date_time_to_utc (stamp);
  g_autofree char *dtstamp = g_date_time_format (utc, "%Y%m%dT%H%M%SZ");
  const char *company = job != NULL ? cal_job_get_company (job) : "";
  const char *title = job != NULL ? cal_job_get_title (job) : "";
  guint n = g_list_model_get_n_items (rounds);
  guint written = 0, skipped = 0;

  add_line (out, "BEGIN:VCALENDAR");
  add_line (out, "VERSION:2.0");
  add_line (out, "PRODID:-//Calibrd//Interview rounds//EN");
  add_line (out, "CALSCALE:GREGORIAN");

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CalRound) round = g_list_model_get_item (rounds, i);
      g_autofree char *dtstart = NULL;
      g_autofree char *dtend = NULL;
      g_autofree char *summary = NULL;
      g_autofree char *description = NULL;
      g_autoptr(GString) desc = g_string_new (NULL);
      const char *round_title = cal_round_get_title (round);

      if (!format_start (cal_round_get_date (round), &dtstart, &dtend))
        {
          skipped++;
          continue;
        }

      if (*round_title == '\0')
        round_title = cal_round_get_kind (round);
      /* Translators: an interview round in a calendar: "Onsite — Acme". */
      summary = *company != '\0'
                ? g_strdup_printf (_("%s — %s"), round_title, company)
                : g_strdup (round_title);

      if (*title != '\0')
        g_string_append_printf (desc, "%s\n", title);
      if (*cal_round_get_kind (round) != '\0')
        g_string_append_printf (desc, _("Round: %s\n"), cal_round_get_kind (round));
      if (*cal_round_get_status (round) != '\0')
        g_string_append_printf (desc, _("Status: %s\n"),
                                cal_funnel_round_status_label (cal_round_get_status (round)));
      if (*cal_process_get_recruiter_name (process) != '\0')
        g_string_append_printf (desc, _("Recruiter: %s %s\n"), cal_process_get_recruiter_name (process),
                                cal_process_get_recruiter_email (process));
      if (*cal_round_get_notes (round) != '\0')
        g_string_append_printf (desc, "\n%s", cal_round_get_notes (round));
      while (desc->len > 0 && desc->str[desc->len - 1] == '\n')
        g_string_truncate (desc, desc->len - 1);

      {
        char *escaped = cal_ics_escape_text (summary);

        g_free (summary);
        summary = escaped;
      }
      description = cal_ics_escape_text (desc->str);

      add_line (out, "BEGIN:VEVENT");
      add_line (out, "UID:round-%" G_GINT64_FORMAT "-process-%" G_GINT64_FORMAT "@calibrd",
                cal_round_get_id (round), cal_process_get_id (process));
      add_line (out, "DTSTAMP:%s", dtstamp);
      add_line (out, "%s", dtstart);
      add_line (out, "%s", dtend);
      add_line (out, "SUMMARY:%s", summary);
      if (*description != '\0')
        add_line (out, "DESCRIPTION:%s", description);
      add_line (out, "END:VEVENT");
      written++;
    }

  add_line (out, "END:VCALENDAR");

  if (n_skipped != NULL)
    *n_skipped = skipped;

  if (written == 0)
    {
      g_set_error (error, CAL_ICS_ERROR, CAL_ICS_ERROR_NO_DATES,
                   _("No round of this process has a date yet. Give the rounds their dates, "
                     "then export them."));
      return NULL;
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

/**
 * cal_ics_export_process:
 * @store: a #CalStore
 * @process_id: a process
 * @stamp: the time of export
 * @n_skipped: (out) (optional): rounds without a date
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the calendar of the process's rounds, or %NULL
 */
char *
cal_ics_export_process (CalStore   *store,
                        gint64      process_id,
                        GDateTime  *stamp,
                        guint      *n_skipped,
                        GError    **error)
{
  g_autoptr(CalProcess) process = NULL;
  g_autoptr(CalJob) job = NULL;
  g_autoptr(GListModel) rounds = NULL;

  process = cal_store_get_process (store, process_id, error);
  if (process == NULL)
    return NULL;
  if (cal_process_get_job_id (process) != 0)
    job = cal_store_get_job (store, cal_process_get_job_id (process), NULL);
  rounds = cal_store_list_rounds (store, process_id, 0, error);
  if (rounds == NULL)
    return NULL;

  return cal_ics_from_rounds (job, process, rounds, stamp, n_skipped, error);
}
