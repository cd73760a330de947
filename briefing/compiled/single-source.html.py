from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'single-source.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    l_0_when = l_0_entity_link = l_0_single_source_item = l_0_i18n = missing
    pass
    parent_template = environment.get_template('base.html', 'single-source.html')
    for name, parent_block in parent_template.blocks.items():
        context.blocks.setdefault(name, []).append(parent_block)
    included_template = environment.get_template('_macros.html', 'single-source.html')._get_default_module(context)
    l_0_when = getattr(included_template, 'when', missing)
    if l_0_when is missing:
        l_0_when = undefined(f"the template {included_template.__name__!r} (imported on line 2 in 'single-source.html') does not export the requested name 'when'", name='when')
    l_0_entity_link = getattr(included_template, 'entity_link', missing)
    if l_0_entity_link is missing:
        l_0_entity_link = undefined(f"the template {included_template.__name__!r} (imported on line 2 in 'single-source.html') does not export the requested name 'entity_link'", name='entity_link')
    context.vars.update({'when': l_0_when, 'entity_link': l_0_entity_link})
    context.exported_vars.difference_update(('when', 'entity_link'))
    included_template = environment.get_template('_analysis.html', 'single-source.html')._get_default_module(context)
    l_0_single_source_item = getattr(included_template, 'single_source_item', missing)
    if l_0_single_source_item is missing:
        l_0_single_source_item = undefined(f"the template {included_template.__name__!r} (imported on line 3 in 'single-source.html') does not export the requested name 'single_source_item'", name='single_source_item')
    context.vars['single_source_item'] = l_0_single_source_item
    context.exported_vars.discard('single_source_item')
    l_0_i18n = context.vars['i18n'] = environment.get_template('_i18n.html', 'single-source.html')._get_default_module(context)
    context.exported_vars.discard('i18n')
    yield from parent_template.root_render_func(context)

def block_main(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0__ = resolve('_')
    l_0_groups = resolve('groups')
    l_0_ngettext = resolve('ngettext')
    l_0_total = resolve('total')
    l_0_url = resolve('url')
    l_0_routes = resolve('routes')
    l_0_gettext = resolve('gettext')
    l_0_count = l_0__trans = missing
    try:
        t_1 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_2 = environment.filters['map']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'map' found.")
    try:
        t_3 = environment.filters['sum']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'sum' found.")
    pass
    yield '<h1>'
    yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Single-source facts', _block_vars=_block_vars))
    yield '</h1>\n'
    l_0_count = t_3(environment, t_2(context, t_2(context, (undefined(name='groups') if l_0_groups is missing else l_0_groups), attribute=1), 'length'))
    _block_vars['count'] = l_0_count
    yield '<p class="lede">'
    yield escape(context.call((undefined(name='ngettext') if l_0_ngettext is missing else l_0_ngettext), '%(num)d of %(total)d fact rests on a single independent source: check these first.', '%(num)d of %(total)d facts rest on a single independent source: check these first.', (undefined(name='count') if l_0_count is missing else l_0_count), total=(undefined(name='total') if l_0_total is missing else l_0_total), _block_vars=_block_vars))
    yield '</p>\n<p>'
    l_0__trans = context.call((undefined(name='url') if l_0_url is missing else l_0_url), environment.getattr((undefined(name='routes') if l_0_routes is missing else l_0_routes), 'METHODOLOGY'), 'corroboration', _block_vars=_block_vars)
    _block_vars['_trans'] = l_0__trans
    yield escape(context.call((undefined(name='gettext') if l_0_gettext is missing else l_0_gettext), 'A source is one line of reporting: articles from the same publisher, or relaying the same agency (their <em>via</em>), count once. Only the reports of those who assert or confirm a claim count; a denial reported elsewhere does not corroborate it. See the <a href="%(href)s">methodology</a>.', href=(undefined(name='_trans') if l_0__trans is missing else l_0__trans), _block_vars=_block_vars))
    yield '</p>\n'
    t_4 = 1
    for (l_1_topic, l_1_items) in (undefined(name='groups') if l_0_groups is missing else l_0_groups):
        l_1_i18n = resolve('i18n')
        _loop_vars = {}
        pass
        yield '<section aria-labelledby="ss-'
        yield escape(environment.getattr(l_1_topic, 'id'))
        yield '">\n  <h2 id="ss-'
        yield escape(environment.getattr(l_1_topic, 'id'))
        yield '"><a href="'
        yield escape(context.call((undefined(name='url') if l_0_url is missing else l_0_url), l_1_topic, _loop_vars=_loop_vars))
        yield '">'
        yield escape(context.call(environment.getattr((undefined(name='i18n') if l_1_i18n is missing else l_1_i18n), 'text'), environment.getattr(l_1_topic, 'title'), markup_join(('topic:', environment.getattr(l_1_topic, 'id'), ':title', )), _loop_vars=_loop_vars))
        yield '</a> <span class="count">('
        yield escape(t_1(l_1_items))
        yield ')</span></h2>\n  <ul class="single-list">\n'
        for (l_2_fact, l_2_standing) in l_1_items:
            l_2_helpers = resolve('helpers')
            l_2_single_source_item = resolve('single_source_item')
            _loop_vars = {}
            pass
            yield '    '
            yield escape(context.call(environment.getattr((undefined(name='helpers') if l_2_helpers is missing else l_2_helpers), 'fact_entry'), (undefined(name='single_source_item') if l_2_single_source_item is missing else l_2_single_source_item), l_2_fact, l_2_standing, _loop_vars=_loop_vars))
            yield '\n'
        l_2_fact = l_2_standing = l_2_helpers = l_2_single_source_item = missing
        yield '  </ul>\n</section>\n'
        t_4 = 0
    l_1_topic = l_1_items = l_1_i18n = missing
    if t_4:
        pass
        yield '<p>'
        yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Every fact rests on at least two independent sources.'))
        yield '</p>\n'

blocks = {'main': block_main}
debug_info = '1=13&2=16&3=25&4=31&5=35&6=70&7=72&8=75&9=79&10=82&11=87&12=89&14=97&15=103&20=112'
# briefing precompiled template 200f4bd08be42477426cf38f232671e99362ac6d746cf7941ce33f2a99cc9a6d
