/* cal-recruiter-email.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cal-recruiter-email"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "cal-recruiter-email.h"

/**
 * cal_recruiter_email_draft:
 * @analysis: the analysed JD
 * @recruiter_name: (nullable): the recruiter's first name
 * @candidate_name: (nullable): the user's name for the signature
 * @out_subject: (out) (optional): the subject line
 *
 * Drafts the one short email worth sending after applying: it asks for the
 * exact round breakdown, and names the loop Calibrd expects so the
 * recruiter only has to correct it. Every sentence is translatable.
 *
 * Returns: (transfer full): the body of the email
 */
char *
cal_recruiter_email_draft (CalJdAnalysis  *analysis,
                           const char     *recruiter_name,
                           const char     *candidate_name,
                           char          **out_subject)
{
  GString *body;
  const char *title;
  const char *company;
  GPtrArray *rounds;

  g_return_val_if_fail (CAL_IS_JD_ANALYSIS (analysis), NULL);

  title = cal_jd_analysis_get_title (analysis);
  company = cal_jd_analysis_get_company (analysis);
  rounds = cal_jd_analysis_get_rounds (analysis);
  if (title == NULL || *title == '\0')
    title = _("the role");

  if (out_subject != NULL)
    *out_subject = company != NULL
      ? g_strdup_printf (_("%s at %s: interview steps"), title, company)
      : g_strdup_printf (_("%s: interview steps"), title);

  body = g_string_new (NULL);
  if (recruiter_name != NULL && *recruiter_name != '\0')
    g_string_append_printf (body, _("Hi %s,"), recruiter_name);
  else
    g_string_append (body, _("Hello,"));
  g_string_append (body, "\n\n");

  if (company != NULL)
    g_string_append_printf (body, _("Thank you for moving my application for %s at %s forward. So that I can prepare well, could you share the exact steps of the interview process?"),
                            title, company);
  else
    g_string_append_printf (body, _("Thank you for moving my application for %s forward. So that I can prepare well, could you share the exact steps of the interview process?"),
                            title);
  g_string_append (body, "\n\n");

  if (rounds->len > 0)
    {
      g_string_append (body, _("From similar roles I expect something like this; please correct anything that differs:"));
      g_string_append (body, "\n");
      for (guint i = 0; i < rounds->len; i++)
        {
          CalJdRound *round = g_ptr_array_index (rounds, i);
          g_string_append_printf (body, "  %u. %s\n", i + 1, round->title != NULL ? round->title : round->kind);
        }
      g_string_append (body, "\n");
    }

  g_string_append (body, _("For each round, it would help to know how long it is, who I will meet, and whether it involves live coding, a design discussion, a take-home or a presentation."));
  g_string_append (body, "\n\n");
  g_string_append (body, _("Thank you for your help."));
  g_string_append (body, "\n\n");
  g_string_append (body, _("Best regards,"));
  g_string_append (body, "\n");
  if (candidate_name != NULL && *candidate_name != '\0')
    g_string_append_printf (body, "%s\n", candidate_name);

  return g_string_free (body, FALSE);
}
