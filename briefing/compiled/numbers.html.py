from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'numbers.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    l_0_series_blocks = missing
    pass
    parent_template = environment.get_template('base.html', 'numbers.html')
    for name, parent_block in parent_template.blocks.items():
        context.blocks.setdefault(name, []).append(parent_block)
    included_template = environment.get_template('_analysis.html', 'numbers.html')._get_default_module(context)
    l_0_series_blocks = getattr(included_template, 'series_blocks', missing)
    if l_0_series_blocks is missing:
        l_0_series_blocks = undefined(f"the template {included_template.__name__!r} (imported on line 2 in 'numbers.html') does not export the requested name 'series_blocks'", name='series_blocks')
    context.vars['series_blocks'] = l_0_series_blocks
    context.exported_vars.discard('series_blocks')
    yield from parent_template.root_render_func(context)

def block_main(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0__ = resolve('_')
    l_0_series = resolve('series')
    l_0_figures = resolve('figures')
    l_0_series_blocks = resolve('series_blocks')
    l_0_gettext = resolve('gettext')
    l_0_charted = missing
    try:
        t_1 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_2 = environment.filters['list']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'list' found.")
    try:
        t_3 = environment.filters['selectattr']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'selectattr' found.")
    pass
    yield '<h1>'
    yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Estimates over time', _block_vars=_block_vars))
    yield '</h1>\n<p class="lede">'
    yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), "Figures that measure the same thing form a series. A series with two or more dated estimates is charted, each claimant's estimate at the date it was given, with the same figures as a table; a single figure is given as a number.", _block_vars=_block_vars))
    yield '</p>\n'
    l_0_charted = t_2(context.eval_ctx, t_3(context, (undefined(name='series') if l_0_series is missing else l_0_series), 'chart'))
    _block_vars['charted'] = l_0_charted
    if ((undefined(name='charted') if l_0_charted is missing else l_0_charted) or (undefined(name='figures') if l_0_figures is missing else l_0_figures)):
        pass
        yield '<nav aria-label="'
        yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Series on this page', _block_vars=_block_vars))
        yield '"><ul class="series-index">'
        if (undefined(name='figures') if l_0_figures is missing else l_0_figures):
            pass
            yield '<li><a href="#key-figures">'
            yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Key figures', _block_vars=_block_vars))
            yield '</a> <span class="count">('
            yield escape(t_1((undefined(name='figures') if l_0_figures is missing else l_0_figures)))
            yield ')</span></li>'
        for l_1_s in (undefined(name='charted') if l_0_charted is missing else l_0_charted):
            _loop_vars = {}
            pass
            yield '<li><a href="#series-'
            yield escape(environment.getattr(l_1_s, 'id'))
            yield '">'
            yield escape(environment.getattr(l_1_s, 'title'))
            yield '</a> <span class="count">('
            yield escape(t_1(environment.getattr(l_1_s, 'estimates')))
            yield ')</span></li>'
        l_1_s = missing
        yield '</ul></nav>\n'
        yield escape(context.call((undefined(name='series_blocks') if l_0_series_blocks is missing else l_0_series_blocks), (undefined(name='series') if l_0_series is missing else l_0_series), link_all=False, figures=(undefined(name='figures') if l_0_figures is missing else l_0_figures), _block_vars=_block_vars))
        yield '\n'
    else:
        pass
        yield '<p>'
        yield escape(context.call((undefined(name='gettext') if l_0_gettext is missing else l_0_gettext), 'No quantity in this briefing belongs to a series yet (give related figures the same <code>quantity.series</code> id).', _block_vars=_block_vars))
        yield '</p>\n'

blocks = {'main': block_main}
debug_info = '1=13&2=16&3=24&4=57&5=59&6=61&7=63&8=66&9=87&11=92'
# briefing precompiled template 124901f260e291342afd0762f52d2c34a7767166eb836f87f9e912c352ce21ce
