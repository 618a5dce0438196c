from django import template

from patientfaq.organisation.models import FinancialStatement

register = template.Library()


@register.simple_tag
def financial_statements() -> list[FinancialStatement]:
    return list(FinancialStatement.objects.select_related("document"))
