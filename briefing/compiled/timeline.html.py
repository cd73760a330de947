from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'timeline.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    l_0_i18n = l_0_timeline_entry = missing
    pass
    parent_template = environment.get_template('base.html', 'timeline.html')
    for name, parent_block in parent_template.blocks.items():
        context.blocks.setdefault(name, []).append(parent_block)
    l_0_i18n = context.vars['i18n'] = environment.get_template('_i18n.html', 'timeline.html')._get_default_module(context)
    context.exported_vars.discard('i18n')
    included_template = environment.get_template('_macros.html', 'timeline.html')._get_default_module(context)
    l_0_timeline_entry = getattr(included_template, 'timeline_entry', missing)
    if l_0_timeline_entry is missing:
        l_0_timeline_entry = undefined(f"the template {included_template.__name__!r} (imported on line 3 in 'timeline.html') does not export the requested name 'timeline_entry'", name='timeline_entry')
    context.vars['timeline_entry'] = l_0_timeline_entry
    context.exported_vars.discard('timeline_entry')
    yield from parent_template.root_render_func(context)

def block_main(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0__ = resolve('_')
    l_0_ngettext = resolve('ngettext')
    l_0_timeline = resolve('timeline')
    l_0_url = resolve('url')
    l_0_routes = resolve('routes')
    try:
        t_1 = environment.filters['t']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 't' found.")
    pass
    yield '<h1>'
    yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Timeline', _block_vars=_block_vars))
    yield '</h1>\n<p>'
    yield escape(context.call((undefined(name='ngettext') if l_0_ngettext is missing else l_0_ngettext), 'Every fact in order of when it happened (%(num)d fact).', 'Every fact in order of when it happened (%(num)d facts).', environment.getattr((undefined(name='timeline') if l_0_timeline is missing else l_0_timeline), 'count'), _block_vars=_block_vars))
    yield ' '
    yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'A fact known only to the month or year comes before the days of that period; ranges are placed at their start. A fact without a date of its own is placed at its earliest statement, or failing that its earliest report, and says so.', _block_vars=_block_vars))
    yield '</p>\n'
    if environment.getattr((undefined(name='timeline') if l_0_timeline is missing else l_0_timeline), 'histograms'):
        pass
        yield '<figure class="histogram">\n'
        for l_1_h in environment.getattr((undefined(name='timeline') if l_0_timeline is missing else l_0_timeline), 'histograms'):
            _loop_vars = {}
            pass
            yield '  <svg class="histogram-svg histogram-svg--'
            yield escape(environment.getattr(l_1_h, 'name'))
            yield '" viewBox="0 0 '
            yield escape(environment.getattr(l_1_h, 'width'))
            yield ' '
            yield escape(environment.getattr(l_1_h, 'height'))
            yield '" width="'
            yield escape(environment.getattr(l_1_h, 'width'))
            yield '" height="'
            yield escape(environment.getattr(l_1_h, 'height'))
            yield '" role="img" aria-labelledby="histogram-'
            yield escape(environment.getattr(l_1_h, 'name'))
            yield '-title" style="font-size: '
            yield escape(environment.getattr(l_1_h, 'font'))
            yield 'px">\n    <title id="histogram-'
            yield escape(environment.getattr(l_1_h, 'name'))
            yield '-title">'
            yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Facts per month, %(first)s to %(last)s; at most %(most)s in one month', first=environment.getattr(environment.getitem(environment.getattr(l_1_h, 'bars'), 0), 'label'), last=environment.getattr(environment.getitem(environment.getattr(l_1_h, 'bars'), -1), 'label'), most=environment.getattr(l_1_h, 'most'), _loop_vars=_loop_vars))
            yield '</title>\n    <line class="histogram-axis" x1="0" x2="'
            yield escape(environment.getattr(l_1_h, 'width'))
            yield '" y1="'
            yield escape(environment.getattr(l_1_h, 'baseline'))
            yield '" y2="'
            yield escape(environment.getattr(l_1_h, 'baseline'))
            yield '"/>\n'
            for l_2_bar in environment.getattr(l_1_h, 'bars'):
                _loop_vars = {}
                pass
                if environment.getattr(l_2_bar, 'count'):
                    pass
                    yield '<rect x="'
                    yield escape(environment.getattr(l_2_bar, 'x'))
                    yield '" y="'
                    yield escape(environment.getattr(l_2_bar, 'y'))
                    yield '" width="'
                    yield escape(environment.getattr(l_2_bar, 'width'))
                    yield '" height="'
                    yield escape(environment.getattr(l_2_bar, 'height'))
                    yield '"><title>'
                    yield escape(context.call((undefined(name='ngettext') if l_0_ngettext is missing else l_0_ngettext), '%(month)s: %(num)d fact', '%(month)s: %(num)d facts', environment.getattr(l_2_bar, 'count'), month=environment.getattr(l_2_bar, 'label'), _loop_vars=_loop_vars))
                    yield '</title></rect>'
            l_2_bar = missing
            for (l_2_x, l_2_label) in environment.getattr(l_1_h, 'years'):
                _loop_vars = {}
                pass
                yield '<line class="histogram-tick" x1="'
                yield escape(l_2_x)
                yield '" x2="'
                yield escape(l_2_x)
                yield '" y1="'
                yield escape(environment.getattr(l_1_h, 'baseline'))
                yield '" y2="'
                yield escape((environment.getattr(l_1_h, 'baseline') + 5))
                yield '"/><text x="'
                yield escape(l_2_x)
                yield '" y="'
                yield escape(((environment.getattr(l_1_h, 'baseline') + environment.getattr(l_1_h, 'font')) + 5))
                yield '">'
                yield escape(l_2_label)
                yield '</text>'
            l_2_x = l_2_label = missing
            yield '  </svg>\n'
        l_1_h = missing
        yield '  <figcaption class="chart-caption">'
        yield escape(context.call((undefined(name='ngettext') if l_0_ngettext is missing else l_0_ngettext), 'Facts per month; the tallest bar is %(num)d fact.', 'Facts per month; the tallest bar is %(num)d facts.', environment.getattr(environment.getitem(environment.getattr((undefined(name='timeline') if l_0_timeline is missing else l_0_timeline), 'histograms'), 0), 'most'), _block_vars=_block_vars))
        yield '</figcaption>\n</figure>\n<form class="timeline-filters" data-timeline-filters hidden>\n  <p class="filters-title">'
        yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Show only', _block_vars=_block_vars))
        yield '</p>\n  <div class="filter"><label for="filter-topic">'
        yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Topic', _block_vars=_block_vars))
        yield '</label>\n    <select id="filter-topic" name="topic"><option value="">'
        yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'all topics', _block_vars=_block_vars))
        yield '</option>'
        for (l_1_id, l_1_title) in environment.getattr((undefined(name='timeline') if l_0_timeline is missing else l_0_timeline), 'topics'):
            _loop_vars = {}
            pass
            yield '<option value="'
            yield escape(l_1_id)
            yield '">'
            yield escape(l_1_title)
            yield '</option>'
        l_1_id = l_1_title = missing
        yield '</select></div>\n  <div class="filter"><label for="filter-actor">'
        yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Actor', _block_vars=_block_vars))
        yield '</label>\n    <select id="filter-actor" name="actor"><option value="">'
        yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'anyone', _block_vars=_block_vars))
        yield '</option>'
        for (l_1_id, l_1_name) in environment.getattr((undefined(name='timeline') if l_0_timeline is missing else l_0_timeline), 'actors'):
            _loop_vars = {}
            pass
            yield '<option value="'
            yield escape(l_1_id)
            yield '">'
            yield escape(l_1_name)
            yield '</option>'
        l_1_id = l_1_name = missing
        yield '</select></div>\n  <div class="filter"><label for="filter-stance">'
        yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Stance', _block_vars=_block_vars))
        yield '</label>\n    <select id="filter-stance" name="stance"><option value="">'
        yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'any stance', _block_vars=_block_vars))
        yield '</option>'
        for l_1_stance in environment.getattr((undefined(name='timeline') if l_0_timeline is missing else l_0_timeline), 'stances'):
            l_1_stance_label = resolve('stance_label')
            _loop_vars = {}
            pass
            yield '<option value="'
            yield escape(l_1_stance)
            yield '">'
            yield escape(environment.getitem((undefined(name='stance_label') if l_1_stance_label is missing else l_1_stance_label), l_1_stance))
            yield '</option>'
        l_1_stance = l_1_stance_label = missing
        yield '</select></div>\n  <p class="filter-count" role="status" aria-live="polite"></p>\n</form>\n'
    for (l_1_year, l_1_months_in_year) in environment.getattr((undefined(name='timeline') if l_0_timeline is missing else l_0_timeline), 'years'):
        _loop_vars = {}
        pass
        yield '<section class="timeline-year" aria-labelledby="y'
        yield escape(l_1_year)
        yield '">\n<h2 id="y'
        yield escape(l_1_year)
        yield '">'
        yield escape(l_1_year)
        yield '</h2>\n'
        for (l_2_month, l_2_entries) in l_1_months_in_year:
            l_2_months = resolve('months')
            l_2_helpers = resolve('helpers')
            l_2_timeline_entry = resolve('timeline_entry')
            _loop_vars = {}
            pass
            yield '<div class="timeline-month">\n<h3 id="y'
            yield escape(l_1_year)
            yield '-'
            yield escape(l_2_month)
            yield '">'
            yield escape((environment.getitem((undefined(name='months') if l_2_months is missing else l_2_months), (l_2_month - 1)) if l_2_month else context.call((undefined(name='_') if l_0__ is missing else l_0__), 'During the year', _loop_vars=_loop_vars)))
            yield '</h3>\n<ol class="timeline">\n'
            yield escape(context.call(environment.getattr((undefined(name='helpers') if l_2_helpers is missing else l_2_helpers), 'timeline_entries'), (undefined(name='timeline_entry') if l_2_timeline_entry is missing else l_2_timeline_entry), l_2_entries, (l_1_year, l_2_month), _loop_vars=_loop_vars))
            yield '</ol>\n</div>\n'
        l_2_month = l_2_entries = l_2_months = l_2_helpers = l_2_timeline_entry = missing
        yield '</section>\n'
    l_1_year = l_1_months_in_year = missing
    if environment.getattr((undefined(name='timeline') if l_0_timeline is missing else l_0_timeline), 'undated'):
        pass
        yield '<section aria-labelledby="undated">\n<h2 id="undated">'
        yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Undated', _block_vars=_block_vars))
        yield '</h2>\n<ul class="fact-list">'
        for (l_1_fact, l_1_reason) in environment.getattr((undefined(name='timeline') if l_0_timeline is missing else l_0_timeline), 'undated'):
            l_1_i18n = resolve('i18n')
            _loop_vars = {}
            pass
            yield '<li class="timeline-entry" data-topic="'
            yield escape(environment.getattr(l_1_fact, 'topic'))
            yield '" data-positions="'
            for l_2_p in environment.getattr(l_1_fact, 'positions'):
                _loop_vars = {}
                pass
                yield escape(environment.getattr(environment.getattr(l_2_p, 'actor'), 'id'))
                yield ':'
                yield escape(environment.getattr(l_2_p, 'stance'))
                yield ' '
            l_2_p = missing
            yield '"><a href="'
            yield escape(context.call((undefined(name='url') if l_0_url is missing else l_0_url), l_1_fact, _loop_vars=_loop_vars))
            yield '">'
            yield escape(context.call(environment.getattr((undefined(name='i18n') if l_1_i18n is missing else l_1_i18n), 'text'), environment.getattr(l_1_fact, 'claim'), markup_join(('fact:', environment.getattr(l_1_fact, 'id'), )), _loop_vars=_loop_vars))
            yield '</a> <span class="dated-by">('
            yield escape(t_1(l_1_reason))
            yield ')</span></li>'
        l_1_fact = l_1_reason = l_1_i18n = missing
        yield '</ul>\n</section>\n'
    yield '<script src="'
    yield escape(context.call((undefined(name='url') if l_0_url is missing else l_0_url), environment.getattr((undefined(name='routes') if l_0_routes is missing else l_0_routes), 'VIEWS_SCRIPT'), _block_vars=_block_vars))
    yield '" defer></script>\n'

blocks = {'main': block_main}
debug_info = '1=13&2=16&3=18&4=26&5=46&6=48&7=52&9=55&10=59&11=73&12=77&13=83&14=100&17=122&20=124&21=126&22=128&23=140&24=142&25=154&26=156&30=169&31=173&32=175&33=179&35=186&37=192&42=197&44=200&45=202&48=227'
# briefing precompiled template 2b1df3233960f66b3cf7a6317f152f3e9a4b774c32cfee3f4ba73c39f37ee60c
