/* test-ics.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The .ics export, parsed back: unfolded, unescaped, fields checked.
 */

#include "config.h"

#include "cal-ics.h"

/* RFC 5545 §3.1: a CRLF followed by one space or tab continues the line. */
static GPtrArray *
unfold (const char *text)
{
  GPtrArray *lines = g_ptr_array_new_with_free_func (g_free);
  g_auto(GStrv) physical = NULL;

  g_assert_true (g_str_has_suffix (text, "\r\n"));
  physical = g_strsplit (text, "\r\n", -1);
  for (guint i = 0; physical[i] != NULL; i++)
    {
      /* Every line break is CR LF: no bare LF anywhere. */
      g_assert_null (strchr (physical[i], '\n'));
      /* Folded at 75 octets. */
      g_assert_cmpuint (strlen (physical[i]), <=, 75);
      g_assert_true (g_utf8_validate (physical[i], -1, NULL));

      if (physical[i][0] == ' ' && lines->len > 0)
        {
          char *joined = g_strconcat (g_ptr_array_index (lines, lines->len - 1), physical[i] + 1, NULL);
          g_free (g_ptr_array_index (lines, lines->len - 1));
          g_ptr_array_index (lines, lines->len - 1) = joined;
        }
      else if (physical[i][0] != '\0')
        g_ptr_array_add (lines, g_strdup (physical[i]));
    }

  return lines;
}

static char *
unescape (const char *value)
{
  GString *out = g_string_new (NULL);

  for (const char *p = value; *p != '\0'; p++)
    {
      if (*p == '\\' && p[1] != '\0')
        {
          p++;
          g_string_append_c (out, *p == 'n' || *p == 'N' ? '\n' : *p);
        }
      else
        {
          /* Unescaped ; or , would be a structural error in TEXT. */
          g_assert_true (*p != ';' && *p != ',');
          g_string_append_c (out, *p);
        }
    }

  return g_string_free (out, FALSE);
}

/* The value of NAME (with any parameters) in the @n-th VEVENT. */
static char *
event_value (GPtrArray *lines, guint n, const char *name)
{
  guint event = 0;
  gboolean inside = FALSE;
  gsize len = strlen (name);

  for (guint i = 0; i < lines->len; i++)
    {
      const char *line = g_ptr_array_index (lines, i);

      if (g_str_equal (line, "BEGIN:VEVENT"))
        inside = TRUE;
      else if (g_str_equal (line, "END:VEVENT"))
        {
          inside = FALSE;
          event++;
        }
      else if (inside && event == n && strncmp (line, name, len) == 0 &&
               (line[len] == ':' || line[len] == ';'))
        return g_strdup (strchr (line, ':') + 1);
    }
  return NULL;
}

static void
test_rounds_round_trip (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CalJob) job = cal_job_new ();
  g_autoptr(CalProcess) process = cal_process_new ();
  g_autoptr(GListStore) rounds = g_list_store_new (CAL_TYPE_ROUND);
  g_autoptr(GDateTime) stamp = g_date_time_new_utc (2024, 3, 1, 9, 30, 0);
  g_autoptr(GPtrArray) lines = NULL;
  g_autofree char *ics = NULL;
  const char *notes = "Bring: laptop, charger; ID\\passport\nRoom 4 — ask at the desk. "
                      "Ünïcödé text that goes on long enough to be folded more than once, "
                      "über alles, ça va, naïve café résumé.";
  guint skipped = 0;
  CalRound *r;

  cal_job_set_company (job, "Acme, Inc.");
  cal_job_set_title (job, "Staff Engineer");
  cal_process_set_id (process, 7);
  cal_process_set_recruiter_name (process, "Dana");
  cal_process_set_recruiter_email (process, "dana@example.com");

  r = cal_round_new ();
  cal_round_set_id (r, 11);
  cal_round_set_kind (r, "system-design");
  cal_round_set_title (r, "System design; scale");
  cal_round_set_status (r, "scheduled");
  cal_round_set_date (r, "2024-03-12T14:30");
  cal_round_set_notes (r, notes);
  g_list_store_append (rounds, r);
  g_object_unref (r);

  r = cal_round_new ();
  cal_round_set_id (r, 12);
  cal_round_set_title (r, "Coding");
  g_list_store_append (rounds, r);  /* no date: skipped */
  g_object_unref (r);

  r = cal_round_new ();
  cal_round_set_id (r, 13);
  cal_round_set_title (r, "Team match");
  cal_round_set_date (r, "2024-03-20");
  g_list_store_append (rounds, r);
  g_object_unref (r);

  ics = cal_ics_from_rounds (job, process, G_LIST_MODEL (rounds), stamp, &skipped, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (skipped, ==, 1);
  g_assert_true (g_str_has_prefix (ics, "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));

  lines = unfold (ics);
  g_assert_cmpstr (g_ptr_array_index (lines, lines->len - 1), ==, "END:VCALENDAR");
  g_assert_true (g_ptr_array_find_with_equal_func (lines, "PRODID:-//Calibrd//Interview rounds//EN",
                                                   g_str_equal, NULL));

  {
    g_autofree char *uid = event_value (lines, 0, "UID");
    g_autofree char *uid2 = event_value (lines, 1, "UID");
    g_autofree char *dtstamp = event_value (lines, 0, "DTSTAMP");
    g_autofree char *start = event_value (lines, 0, "DTSTART");
    g_autofree char *start2 = event_value (lines, 1, "DTSTART");
    g_autofree char *summary = event_value (lines, 0, "SUMMARY");
    g_autofree char *desc = event_value (lines, 0, "DESCRIPTION");
    g_autofree char *summary_text = unescape (summary);
    g_autofree char *desc_text = unescape (desc);
    g_autofree char *none = event_value (lines, 2, "UID");

    g_assert_cmpstr (uid, ==, "round-11-process-7@calibrd");
    g_assert_cmpstr (uid2, ==, "round-13-process-7@calibrd");
    g_assert_cmpstr (dtstamp, ==, "20240301T093000Z");
    g_assert_cmpstr (start, ==, "20240312T143000");
    g_assert_cmpstr (start2, ==, "20240320");
    g_assert_cmpstr (summary_text, ==, "System design; scale — Acme, Inc.");
    g_assert_true (g_str_has_prefix (desc_text, "Staff Engineer\nRound: system-design\nStatus: Scheduled\n"
                                                "Recruiter: Dana dana@example.com\n\n"));
    g_assert_true (g_str_has_suffix (desc_text, notes));
    g_assert_null (none);
  }

  /* The DESCRIPTION is long and multi-byte: it must have been folded. */
  g_assert_nonnull (strstr (ics, "\r\n "));
}

static void
test_fold_and_escape (void)
{
  g_autofree char *folded = NULL;
  g_autofree char *escaped = cal_ics_escape_text ("a\\b;c,d\r\ne\nf");
  g_autoptr(GString) line = g_string_new ("SUMMARY:");

  g_assert_cmpstr (escaped, ==, "a\\\\b\\;c\\,d\\ne\\nf");

  /* 3-byte characters straddling the 75th octet stay whole. */
  for (guint i = 0; i < 40; i++)
    g_string_append (line, "€");
  folded = cal_ics_fold_line (line->str);
  {
    g_auto(GStrv) parts = g_strsplit (folded, "\r\n", -1);
    g_autoptr(GString) back = g_string_new (parts[0]);

    g_assert_cmpuint (strlen (parts[0]), <=, 75);
    g_assert_true (g_utf8_validate (parts[0], -1, NULL));
    for (guint i = 1; parts[i] != NULL && parts[i][0] != '\0'; i++)
      {
        g_assert_cmpint (parts[i][0], ==, ' ');
        g_assert_cmpuint (strlen (parts[i]), <=, 75);
        g_assert_true (g_utf8_validate (parts[i], -1, NULL));
        g_string_append (back, parts[i] + 1);
      }
    g_assert_cmpstr (back->str, ==, line->str);
  }
}

static void
test_no_dates (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CalProcess) process = cal_process_new ();
  g_autoptr(GListStore) rounds = g_list_store_new (CAL_TYPE_ROUND);
  g_autoptr(CalRound) r = cal_round_new ();
  g_autoptr(GDateTime) stamp = g_date_time_new_now_utc ();

  cal_round_set_date (r, "next week");
  g_list_store_append (rounds, r);
  g_assert_null (cal_ics_from_rounds (NULL, process, G_LIST_MODEL (rounds), stamp, NULL, &error));
  g_assert_error (error, CAL_ICS_ERROR, CAL_ICS_ERROR_NO_DATES);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ics/rounds-round-trip", test_rounds_round_trip);
  g_test_add_func ("/ics/fold-and-escape", test_fold_and_escape);
  g_test_add_func ("/ics/no-dates", test_no_dates);

  return g_test_run ();
}
