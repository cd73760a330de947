from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'changes.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    l_0_when = l_0_i18n = l_0_change_list = l_0_days = missing
    try:
        t_1 = environment.filters['groupby']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'groupby' found.")
    try:
        t_2 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_3 = environment.filters['lower']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'lower' found.")
    pass
    parent_template = environment.get_template('base.html', 'changes.html')
    for name, parent_block in parent_template.blocks.items():
        context.blocks.setdefault(name, []).append(parent_block)
    included_template = environment.get_template('_macros.html', 'changes.html')._get_default_module(context)
    l_0_when = getattr(included_template, 'when', missing)
    if l_0_when is missing:
        l_0_when = undefined(f"the template {included_template.__name__!r} (imported on line 2 in 'changes.html') does not export the requested name 'when'", name='when')
    context.vars['when'] = l_0_when
    context.exported_vars.discard('when')
    l_0_i18n = context.vars['i18n'] = environment.get_template('_i18n.html', 'changes.html')._get_default_module(context)
    context.exported_vars.discard('i18n')
    def macro(l_1_day):
        t_4 = []
        if l_1_day is missing:
            l_1_day = undefined("parameter 'day' was not provided", name='day')
        pass
        t_4.append(
            '<ul class="change-list">\n',
        )
        for l_2_entry in environment.getattr(l_1_day, 'entries'):
            l_2_change_label = resolve('change_label')
            l_2_url = resolve('url')
            l_2_briefing = resolve('briefing')
            l_2_gettext = resolve('gettext')
            _loop_vars = {}
            pass
            t_4.extend((
                '  <li><span class="change change--',
                escape(environment.getattr(l_2_entry, 'kind')),
                '">',
                escape(environment.getitem((undefined(name='change_label') if l_2_change_label is missing else l_2_change_label), environment.getattr(l_2_entry, 'kind'))),
                '</span>',
            ))
            if environment.getattr(l_2_entry, 'note'):
                pass
                t_4.extend((
                    ': ',
                    escape(context.call(environment.getattr((undefined(name='i18n') if l_0_i18n is missing else l_0_i18n), 'original'), environment.getattr(l_2_entry, 'note'), _loop_vars=_loop_vars)),
                ))
            t_4.extend((
                '    <a href="',
                escape(context.call((undefined(name='url') if l_2_url is missing else l_2_url), environment.getattr(l_2_entry, 'fact'), _loop_vars=_loop_vars)),
                '">',
                escape(context.call(environment.getattr((undefined(name='i18n') if l_0_i18n is missing else l_0_i18n), 'text'), environment.getattr(environment.getattr(l_2_entry, 'fact'), 'claim'), markup_join(('fact:', environment.getattr(environment.getattr(l_2_entry, 'fact'), 'id'), )), _loop_vars=_loop_vars)),
                '</a>\n    <span class="muted">· ',
                escape(environment.getattr(environment.getitem(environment.getattr((undefined(name='briefing') if l_2_briefing is missing else l_2_briefing), 'topics'), environment.getattr(environment.getattr(l_2_entry, 'fact'), 'topic')), 'title')),
            ))
            if environment.getattr(l_2_entry, 'commit'):
                pass
                t_4.append(
                    ' · ',
                )
                t_4.append(
                    escape(context.call((undefined(name='gettext') if l_2_gettext is missing else l_2_gettext), 'from git, commit <code title="%(subject)s">%(commit)s</code>', commit=environment.getattr(l_2_entry, 'commit'), subject=environment.getattr(l_2_entry, 'subject'), _loop_vars=_loop_vars)),
                )
            t_4.append(
                '</span></li>\n',
            )
        l_2_entry = l_2_change_label = l_2_url = l_2_briefing = l_2_gettext = missing
        t_4.append(
            '</ul>',
        )
        return concat(t_4)
    context.exported_vars.add('change_list')
    context.vars['change_list'] = l_0_change_list = Macro(environment, macro, 'change_list', ('day',), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_group, l_1_level):
        t_5 = []
        if l_1_group is missing:
            l_1_group = undefined("parameter 'group' was not provided", name='group')
        if l_1_level is missing:
            l_1_level = undefined("parameter 'level' was not provided", name='level')
        pass
        l_2_loop = missing
        for l_2_day, l_2_loop in LoopContext(environment.getattr(l_1_group, 'days'), undefined):
            l_2_count = resolve('count')
            l_2_ngettext = resolve('ngettext')
            _loop_vars = {}
            pass
            t_5.extend((
                '<div class="change-day">\n<h',
                escape(l_1_level),
                ' id="day-',
                escape(environment.getattr(l_1_group, 'anchor')),
                '-',
                escape(context.call(environment.getattr(environment.getattr(l_2_day, 'date'), 'iso'), _loop_vars=_loop_vars)),
                '">',
                escape(context.call((undefined(name='when') if l_0_when is missing else l_0_when), environment.getattr(l_2_day, 'date'), _loop_vars=_loop_vars)),
                '</h',
                escape(l_1_level),
                '>\n',
            ))
            if environment.getattr(l_2_day, 'collapsed'):
                pass
                t_5.append(
                    '<details class="change-run">\n  <summary>',
                )
                l_2_count = t_2(environment.getattr(l_2_day, 'entries'))
                _loop_vars['count'] = l_2_count
                t_5.extend((
                    escape(context.call((undefined(name='ngettext') if l_2_ngettext is missing else l_2_ngettext), '%(num)d change', '%(num)d changes', (undefined(name='count') if l_2_count is missing else l_2_count), _loop_vars=_loop_vars)),
                    ': ',
                ))
                l_3_loop = missing
                for (l_3_kind, l_3_items), l_3_loop in LoopContext(t_1(environment, environment.getattr(l_2_day, 'entries'), 'kind'), undefined):
                    l_3_change_label = resolve('change_label')
                    _loop_vars = {}
                    pass
                    t_5.extend((
                        escape(t_2(l_3_items)),
                        ' ',
                        escape(t_3(environment.getitem((undefined(name='change_label') if l_3_change_label is missing else l_3_change_label), l_3_kind))),
                        escape((', ' if (not environment.getattr(l_3_loop, 'last')) else cond_expr_undefined("the inline if-expression on line 19 in 'changes.html' evaluated to false and no else section was defined."))),
                    ))
                l_3_loop = l_3_kind = l_3_items = l_3_change_label = missing
                t_5.extend((
                    '</summary>\n  ',
                    escape(context.call((undefined(name='change_list') if l_0_change_list is missing else l_0_change_list), l_2_day, _loop_vars=_loop_vars)),
                    '\n</details>\n',
                ))
            else:
                pass
                t_5.extend((
                    escape(context.call((undefined(name='change_list') if l_0_change_list is missing else l_0_change_list), l_2_day, _loop_vars=_loop_vars)),
                    '\n',
                ))
            t_5.append(
                '</div>\n',
            )
        l_2_loop = l_2_day = l_2_count = l_2_ngettext = missing
        return concat(t_5)
    context.exported_vars.add('days')
    context.vars['days'] = l_0_days = Macro(environment, macro, 'days', ('group', 'level'), False, False, False, context.eval_ctx.autoescape)
    yield from parent_template.root_render_func(context)

def block_main(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0__ = resolve('_')
    l_0_briefing = resolve('briefing')
    l_0_dates_from = resolve('dates_from')
    l_0_gettext = resolve('gettext')
    l_0_from_git = resolve('from_git')
    l_0_entries = resolve('entries')
    l_0_without_history = resolve('without_history')
    l_0_ngettext = resolve('ngettext')
    l_0_total = resolve('total')
    l_0_groups = resolve('groups')
    try:
        t_2 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    pass
    yield '<h1>'
    yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'What changed', _block_vars=_block_vars))
    yield '</h1>\n<p class="lede">'
    if environment.getattr((undefined(name='briefing') if l_0_briefing is missing else l_0_briefing), 'editions'):
        pass
        yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Facts added to the briefing and changes to them, newest first, by day and by edition.', _block_vars=_block_vars))
    else:
        pass
        yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Facts added to the briefing and changes to them, newest first, by day.', _block_vars=_block_vars))
    yield '</p>\n<p class="muted dates-from">'
    if ((undefined(name='dates_from') if l_0_dates_from is missing else l_0_dates_from) == 'git'):
        pass
        yield escape(context.call((undefined(name='gettext') if l_0_gettext is missing else l_0_gettext), "Dates not written in the fact sheets come from their git history: the commit that introduced a fact's lines (added) and the one that last changed them (updated), by commit date; %(from_git)s of these %(count)s dates are from git, marked with their commit.", from_git=(undefined(name='from_git') if l_0_from_git is missing else l_0_from_git), count=t_2((undefined(name='entries') if l_0_entries is missing else l_0_entries)), _block_vars=_block_vars))
    elif ((undefined(name='dates_from') if l_0_dates_from is missing else l_0_dates_from) == 'written'):
        pass
        yield escape(context.call((undefined(name='gettext') if l_0_gettext is missing else l_0_gettext), 'Every date here is written in the fact sheets (<code>added</code>, <code>updated</code>, <code>changes</code>).', _block_vars=_block_vars))
    elif ((undefined(name='dates_from') if l_0_dates_from is missing else l_0_dates_from) == 'shallow'):
        pass
        yield escape(context.call((undefined(name='gettext') if l_0_gettext is missing else l_0_gettext), 'Dates not written in the fact sheets come from their git history, but this build was made from a shallow clone: facts older than its first commit are not dated from git (%(from_git)s of these %(count)s dates are, marked with their commit). A full clone (<code>fetch-depth: 0</code>) dates them all.', from_git=(undefined(name='from_git') if l_0_from_git is missing else l_0_from_git), count=t_2((undefined(name='entries') if l_0_entries is missing else l_0_entries)), _block_vars=_block_vars))
    elif ((undefined(name='dates_from') if l_0_dates_from is missing else l_0_dates_from) == 'off'):
        pass
        yield escape(context.call((undefined(name='gettext') if l_0_gettext is missing else l_0_gettext), 'Dates are those written in the fact sheets; dates from git history were turned off for this build (<code>BRIEFING_GIT_HISTORY=0</code>).', _block_vars=_block_vars))
    else:
        pass
        yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Dates are those written in the fact sheets; this copy of the briefing is not a git checkout, so facts without written dates are not dated from their history.', _block_vars=_block_vars))
    yield '</p>\n'
    if (undefined(name='without_history') if l_0_without_history is missing else l_0_without_history):
        pass
        yield '<p class="muted">'
        yield escape(context.call((undefined(name='ngettext') if l_0_ngettext is missing else l_0_ngettext), '%(count)s of %(total)s facts carries no date of addition and is not listed.', '%(count)s of %(total)s facts carry no date of addition and are not listed.', (undefined(name='without_history') if l_0_without_history is missing else l_0_without_history), count=(undefined(name='without_history') if l_0_without_history is missing else l_0_without_history), total=(undefined(name='total') if l_0_total is missing else l_0_total), _block_vars=_block_vars))
        yield '</p>'
    if (undefined(name='groups') if l_0_groups is missing else l_0_groups):
        pass
        if environment.getattr((undefined(name='briefing') if l_0_briefing is missing else l_0_briefing), 'editions'):
            pass
            yield '<nav class="edition-index" aria-label="'
            yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Editions', _block_vars=_block_vars))
            yield '"><ul>\n'
            for l_1_group in (undefined(name='groups') if l_0_groups is missing else l_0_groups):
                _loop_vars = {}
                pass
                yield '<li><a href="#'
                yield escape(environment.getattr(l_1_group, 'anchor'))
                yield '">'
                yield escape(environment.getattr(l_1_group, 'heading'))
                yield '</a></li>'
            l_1_group = missing
            yield '</ul></nav>\n'
            for l_1_group in (undefined(name='groups') if l_0_groups is missing else l_0_groups):
                l_1_days = resolve('days')
                _loop_vars = {}
                pass
                yield '<section class="edition" aria-labelledby="'
                yield escape(environment.getattr(l_1_group, 'anchor'))
                yield '">\n<h2 id="'
                yield escape(environment.getattr(l_1_group, 'anchor'))
                yield '">'
                yield escape(environment.getattr(l_1_group, 'heading'))
                yield '</h2>\n'
                yield escape(context.call((undefined(name='days') if l_1_days is missing else l_1_days), l_1_group, 3, _loop_vars=_loop_vars))
                yield '\n</section>\n'
            l_1_group = l_1_days = missing
        else:
            pass
            for l_1_group in (undefined(name='groups') if l_0_groups is missing else l_0_groups):
                l_1_days = resolve('days')
                _loop_vars = {}
                pass
                yield escape(context.call((undefined(name='days') if l_1_days is missing else l_1_days), l_1_group, 2, _loop_vars=_loop_vars))
            l_1_group = l_1_days = missing
    else:
        pass
        yield '<p>'
        yield escape(context.call((undefined(name='gettext') if l_0_gettext is missing else l_0_gettext), 'No fact records when it was added or changed (use <code>added</code>, <code>updated</code> and <code>changes</code>).', _block_vars=_block_vars))
        yield '</p>\n'

blocks = {'main': block_main}
debug_info = '1=31&2=34&3=40&4=42&6=50&7=59&8=72&9=76&13=96&14=104&16=111&17=122&19=127&20=147&23=153&28=165&29=190&30=192&32=199&33=202&34=205&35=208&36=213&38=215&39=220&40=222&41=225&42=227&44=237&45=242&46=244&47=248&51=253&54=262'
# briefing precompiled template 432b9bc4f1dbec60c42428af08fe5fe9d13a6ce55aa69156f2b7c3b4e35b5c22
