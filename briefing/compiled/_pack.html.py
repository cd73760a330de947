from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = '_pack.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_i18n = l_0_when = l_0_entity_link = l_0_source_line = l_0_grade_chips = l_0_corroboration = l_0_pack_nav = l_0_pack_fact = l_0_pack_note = missing
    try:
        t_1 = environment.filters['quantity']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'quantity' found.")
    pass
    l_0_i18n = context.vars['i18n'] = environment.get_template('_i18n.html', '_pack.html')._get_default_module(context)
    context.exported_vars.discard('i18n')
    included_template = environment.get_template('_macros.html', '_pack.html')._get_default_module(context)
    l_0_when = getattr(included_template, 'when', missing)
    if l_0_when is missing:
        l_0_when = undefined(f"the template {included_template.__name__!r} (imported on line 3 in '_pack.html') does not export the requested name 'when'", name='when')
    l_0_entity_link = getattr(included_template, 'entity_link', missing)
    if l_0_entity_link is missing:
        l_0_entity_link = undefined(f"the template {included_template.__name__!r} (imported on line 3 in '_pack.html') does not export the requested name 'entity_link'", name='entity_link')
    l_0_source_line = getattr(included_template, 'source_line', missing)
    if l_0_source_line is missing:
        l_0_source_line = undefined(f"the template {included_template.__name__!r} (imported on line 3 in '_pack.html') does not export the requested name 'source_line'", name='source_line')
    context.vars.update({'when': l_0_when, 'entity_link': l_0_entity_link, 'source_line': l_0_source_line})
    context.exported_vars.difference_update(('when', 'entity_link', 'source_line'))
    included_template = environment.get_template('_analysis.html', '_pack.html')._get_default_module(context)
    l_0_grade_chips = getattr(included_template, 'grade_chips', missing)
    if l_0_grade_chips is missing:
        l_0_grade_chips = undefined(f"the template {included_template.__name__!r} (imported on line 4 in '_pack.html') does not export the requested name 'grade_chips'", name='grade_chips')
    l_0_corroboration = getattr(included_template, 'corroboration', missing)
    if l_0_corroboration is missing:
        l_0_corroboration = undefined(f"the template {included_template.__name__!r} (imported on line 4 in '_pack.html') does not export the requested name 'corroboration'", name='corroboration')
    context.vars.update({'grade_chips': l_0_grade_chips, 'corroboration': l_0_corroboration})
    context.exported_vars.difference_update(('grade_chips', 'corroboration'))
    def macro(l_1_previous, l_1_next, l_1_where):
        t_2 = []
        l_1__ = resolve('_')
        l_1_url = resolve('url')
        l_1_page_route = resolve('page_route')
        l_1_routes = resolve('routes')
        if l_1_previous is missing:
            l_1_previous = undefined("parameter 'previous' was not provided", name='previous')
        if l_1_next is missing:
            l_1_next = undefined("parameter 'next' was not provided", name='next')
        if l_1_where is missing:
            l_1_where = undefined("parameter 'where' was not provided", name='where')
        pass
        t_2.extend((
            '<nav class="pack-nav no-print" aria-label="',
            escape((context.call((undefined(name='_') if l_1__ is missing else l_1__), 'Parts of the briefing pack (top)') if (l_1_where == 'top') else context.call((undefined(name='_') if l_1__ is missing else l_1__), 'Parts of the briefing pack (bottom)'))),
            '"><ul>\n',
        ))
        if l_1_previous:
            pass
            t_2.extend((
                '<li class="pack-nav-previous"><a rel="prev" href="',
                escape(context.call((undefined(name='url') if l_1_url is missing else l_1_url), environment.getattr(l_1_previous, 'route'), environment.getattr(l_1_previous, 'anchor'))),
                '"><span aria-hidden="true">← </span><span class="visually-hidden">',
                escape(context.call((undefined(name='_') if l_1__ is missing else l_1__), 'Previous part:')),
                ' </span>',
                escape(environment.getattr(l_1_previous, 'title')),
                '</a></li>',
            ))
        if ((undefined(name='page_route') if l_1_page_route is missing else l_1_page_route) != environment.getattr((undefined(name='routes') if l_1_routes is missing else l_1_routes), 'PACK')):
            pass
            t_2.extend((
                '<li class="pack-nav-contents"><a href="',
                escape(context.call((undefined(name='url') if l_1_url is missing else l_1_url), environment.getattr((undefined(name='routes') if l_1_routes is missing else l_1_routes), 'PACK'), 'pack-contents-heading')),
                '">',
                escape(context.call((undefined(name='_') if l_1__ is missing else l_1__), 'Contents')),
                '</a></li>',
            ))
        if l_1_next:
            pass
            t_2.extend((
                '<li class="pack-nav-next"><a rel="next" href="',
                escape(context.call((undefined(name='url') if l_1_url is missing else l_1_url), environment.getattr(l_1_next, 'route'))),
                '"><span class="visually-hidden">',
                escape(context.call((undefined(name='_') if l_1__ is missing else l_1__), 'Next part:')),
                ' </span>',
                escape(environment.getattr(l_1_next, 'title')),
                '<span aria-hidden="true"> →</span></a></li>',
            ))
        t_2.append(
            '</ul></nav>',
        )
        return concat(t_2)
    context.exported_vars.add('pack_nav')
    context.vars['pack_nav'] = l_0_pack_nav = Macro(environment, macro, 'pack_nav', ('previous', 'next', 'where'), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_view, l_1_number, l_1_key):
        t_3 = []
        l_1_status_label = resolve('status_label')
        l_1_flags = resolve('flags')
        l_1__ = resolve('_')
        l_1_ngettext = resolve('ngettext')
        l_1_shown_grades = resolve('shown_grades')
        l_1_fact = missing
        if l_1_view is missing:
            l_1_view = undefined("parameter 'view' was not provided", name='view')
        if l_1_number is missing:
            l_1_number = undefined("parameter 'number' was not provided", name='number')
        if l_1_key is missing:
            l_1_key = undefined("parameter 'key' was not provided", name='key')
        pass
        l_1_fact = environment.getattr(l_1_view, 'fact')
        t_3.extend((
            '<div class="pack-fact fact--',
            escape(environment.getattr(environment.getattr(l_1_view, 'standing'), 'status')),
            '" id="fact-',
            escape(environment.getattr((undefined(name='fact') if l_1_fact is missing else l_1_fact), 'id')),
            '">\n    <p class="pack-claim"><span class="pack-number">',
            escape(l_1_number),
            '</span> ',
            escape(context.call(environment.getattr((undefined(name='i18n') if l_0_i18n is missing else l_0_i18n), 'text'), environment.getattr((undefined(name='fact') if l_1_fact is missing else l_1_fact), 'claim'), markup_join(('fact:', environment.getattr((undefined(name='fact') if l_1_fact is missing else l_1_fact), 'id'), )))),
            '</p>\n    <p class="fact-meta">',
        ))
        if environment.getattr((undefined(name='fact') if l_1_fact is missing else l_1_fact), 'date'):
            pass
            t_3.extend((
                '<span class="fact-date">',
                escape(context.call((undefined(name='when') if l_0_when is missing else l_0_when), environment.getattr((undefined(name='fact') if l_1_fact is missing else l_1_fact), 'date'))),
                '</span>',
            ))
        if environment.getattr((undefined(name='fact') if l_1_fact is missing else l_1_fact), 'quantity'):
            pass
            t_3.extend((
                ' <span class="quantity">',
                escape(t_1(environment.getattr((undefined(name='fact') if l_1_fact is missing else l_1_fact), 'quantity'))),
                '</span>',
            ))
        t_3.extend((
            '      <span class="status status--',
            escape(environment.getattr(environment.getattr(l_1_view, 'standing'), 'status')),
            '">',
            escape(environment.getitem((undefined(name='status_label') if l_1_status_label is missing else l_1_status_label), environment.getattr(environment.getattr(l_1_view, 'standing'), 'status'))),
            '</span>',
        ))
        if ((environment.getattr((undefined(name='flags') if l_1_flags is missing else l_1_flags), 'badge') == 'single') and environment.getattr(environment.getattr(l_1_view, 'standing'), 'single_source')):
            pass
            t_3.extend((
                ' <span class="badge badge--single">',
                escape(context.call((undefined(name='_') if l_1__ is missing else l_1__), 'Single source')),
                '</span>',
            ))
        if ((environment.getattr((undefined(name='flags') if l_1_flags is missing else l_1_flags), 'badge') == 'corroborated') and (environment.getattr(environment.getattr(l_1_view, 'standing'), 'independent_sources') > 1)):
            pass
            t_3.extend((
                ' <span class="badge badge--corroborated">',
                escape(context.call((undefined(name='ngettext') if l_1_ngettext is missing else l_1_ngettext), '%(num)d independent source', '%(num)d independent sources', environment.getattr(environment.getattr(l_1_view, 'standing'), 'independent_sources'))),
                '</span>',
            ))
        t_3.extend((
            '      <span>',
            escape(context.call((undefined(name='corroboration') if l_0_corroboration is missing else l_0_corroboration), environment.getattr(l_1_view, 'standing'))),
            '</span>\n',
        ))
        if context.call((undefined(name='shown_grades') if l_1_shown_grades is missing else l_1_shown_grades), environment.getattr(l_1_view, 'standing'), (undefined(name='flags') if l_1_flags is missing else l_1_flags)):
            pass
            t_3.extend((
                '<span>',
                escape(context.call((undefined(name='_') if l_1__ is missing else l_1__), 'grade')),
                ' ',
                escape(context.call((undefined(name='grade_chips') if l_0_grade_chips is missing else l_0_grade_chips), environment.getattr(l_1_view, 'standing'))),
                '</span>',
            ))
        t_3.append(
            '    </p>\n    <ul class="positions">\n',
        )
        for (l_2_position, l_2_footnotes) in environment.getattr(l_1_view, 'markers'):
            l_2_stance_label = resolve('stance_label')
            _loop_vars = {}
            pass
            t_3.extend((
                '      <li class="position stance-',
                escape(environment.getattr(l_2_position, 'stance')),
                '">',
                escape(context.call((undefined(name='entity_link') if l_0_entity_link is missing else l_0_entity_link), environment.getattr(l_2_position, 'actor'), _loop_vars=_loop_vars)),
                ' <span class="stance">',
                escape(environment.getitem((undefined(name='stance_label') if l_2_stance_label is missing else l_2_stance_label), environment.getattr(l_2_position, 'stance'))),
                '</span>',
            ))
            if environment.getattr(l_2_position, 'date'):
                pass
                t_3.extend((
                    ' <span class="position-date">(',
                    escape(context.call((undefined(name='when') if l_0_when is missing else l_0_when), environment.getattr(l_2_position, 'date'), _loop_vars=_loop_vars)),
                    ')</span>',
                ))
            for l_3_note in l_2_footnotes:
                _loop_vars = {}
                pass
                t_3.extend((
                    '<a class="cite" href="#fn-',
                    escape(l_1_key),
                    '-',
                    escape(environment.getattr(l_3_note, 'number')),
                    '" aria-label="',
                    escape(context.call((undefined(name='_') if l_1__ is missing else l_1__), 'Note %(number)s: %(source)s', number=environment.getattr(l_3_note, 'number'), source=(environment.getattr(environment.getattr(l_3_note, 'source'), 'publisher') or environment.getattr(environment.getattr(l_3_note, 'source'), 'title')), _loop_vars=_loop_vars)),
                    '">[',
                    escape(environment.getattr(l_3_note, 'number')),
                    ']</a>',
                ))
            l_3_note = missing
            t_3.append(
                '</li>\n',
            )
        l_2_position = l_2_footnotes = l_2_stance_label = missing
        t_3.append(
            '    </ul>\n</div>',
        )
        return concat(t_3)
    context.exported_vars.add('pack_fact')
    context.vars['pack_fact'] = l_0_pack_fact = Macro(environment, macro, 'pack_fact', ('view', 'number', 'key'), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_note, l_1_key):
        t_4 = []
        if l_1_note is missing:
            l_1_note = undefined("parameter 'note' was not provided", name='note')
        if l_1_key is missing:
            l_1_key = undefined("parameter 'key' was not provided", name='key')
        pass
        t_4.extend((
            '<li id="fn-',
            escape(l_1_key),
            '-',
            escape(environment.getattr(l_1_note, 'number')),
            '">',
            escape(context.call(environment.getattr((undefined(name='i18n') if l_0_i18n is missing else l_0_i18n), 'quote'), l_1_note, marks=True)),
            '\n        <p class="fn-source">',
            escape(context.call((undefined(name='source_line') if l_0_source_line is missing else l_0_source_line), environment.getattr(l_1_note, 'source'))),
            '</p></li>',
        ))
        return concat(t_4)
    context.exported_vars.add('pack_note')
    context.vars['pack_note'] = l_0_pack_note = Macro(environment, macro, 'pack_note', ('note', 'key'), False, False, False, context.eval_ctx.autoescape)

blocks = {}
debug_info = '2=18&3=20&4=32&8=41&9=56&10=59&11=70&12=79&17=96&18=111&19=114&20=118&22=123&23=130&24=139&26=144&27=151&28=160&29=163&32=175&33=181&34=195&42=220&43=229&44=235'
# briefing precompiled template efe5746b424fe248d8eb4e45eaf7187c4b406ad0c04e43e556ae2c74331f76c9
