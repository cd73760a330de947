from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'register.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    l_0_register_tables = missing
    pass
    parent_template = environment.get_template('base.html', 'register.html')
    for name, parent_block in parent_template.blocks.items():
        context.blocks.setdefault(name, []).append(parent_block)
    included_template = environment.get_template('_analysis.html', 'register.html')._get_default_module(context)
    l_0_register_tables = getattr(included_template, 'register_tables', missing)
    if l_0_register_tables is missing:
        l_0_register_tables = undefined(f"the template {included_template.__name__!r} (imported on line 2 in 'register.html') does not export the requested name 'register_tables'", name='register_tables')
    context.vars['register_tables'] = l_0_register_tables
    context.exported_vars.discard('register_tables')
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
    l_0_gettext = resolve('gettext')
    l_0_register_tables = resolve('register_tables')
    l_0_url = resolve('url')
    l_0_routes = resolve('routes')
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
    yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Transfer register', _block_vars=_block_vars))
    yield '</h1>\n'
    l_0_count = t_3(environment, t_2(context, t_2(context, (undefined(name='groups') if l_0_groups is missing else l_0_groups), attribute='rows'), 'length'))
    _block_vars['count'] = l_0_count
    yield '<p class="lede">'
    yield escape(context.call((undefined(name='ngettext') if l_0_ngettext is missing else l_0_ngettext), '%(num)d reported transfer of weapons, equipment, people or technology, as the named actors describe them.', '%(num)d reported transfers of weapons, equipment, people or technology, as the named actors describe them.', (undefined(name='count') if l_0_count is missing else l_0_count), _block_vars=_block_vars))
    yield '</p>\n<p>'
    l_0__trans = context.call((undefined(name='_') if l_0__ is missing else l_0__), 'unknown', _block_vars=_block_vars)
    _block_vars['_trans'] = l_0__trans
    yield escape(context.call((undefined(name='gettext') if l_0_gettext is missing else l_0_gettext), 'Quantities are the claimants\' figures: estimates and ranges are marked, and a transfer reported without a number says <span class="unknown">%(unknown)s</span>. The period is when the transfer happened, as far as the sources say. Each row links to its fact, with the passages that report it.', unknown=(undefined(name='_trans') if l_0__trans is missing else l_0__trans), _block_vars=_block_vars))
    yield '</p>\n'
    if (undefined(name='groups') if l_0_groups is missing else l_0_groups):
        pass
        yield '<nav aria-label="'
        yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Directions on this page', _block_vars=_block_vars))
        yield '"><ul class="series-index">'
        for l_1_group in (undefined(name='groups') if l_0_groups is missing else l_0_groups):
            _loop_vars = {}
            pass
            yield '<li><a href="#'
            yield escape(environment.getattr(l_1_group, 'anchor'))
            yield '">'
            yield escape((environment.getattr(environment.getattr(l_1_group, 'supplier'), 'label') if environment.getattr(l_1_group, 'supplier') else context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Unknown supplier', _loop_vars=_loop_vars)))
            yield ' → '
            yield escape((environment.getattr(environment.getattr(l_1_group, 'recipient'), 'label') if environment.getattr(l_1_group, 'recipient') else context.call((undefined(name='_') if l_0__ is missing else l_0__), 'unknown recipient', _loop_vars=_loop_vars)))
            yield '</a> <span class="count">('
            yield escape(t_1(environment.getattr(l_1_group, 'rows')))
            yield ')</span></li>'
        l_1_group = missing
        yield '</ul></nav>\n<div class="wide-view">\n'
        yield escape(context.call((undefined(name='register_tables') if l_0_register_tables is missing else l_0_register_tables), (undefined(name='groups') if l_0_groups is missing else l_0_groups), _block_vars=_block_vars))
        yield '\n</div>\n<script src="'
        yield escape(context.call((undefined(name='url') if l_0_url is missing else l_0_url), environment.getattr((undefined(name='routes') if l_0_routes is missing else l_0_routes), 'VIEWS_SCRIPT'), _block_vars=_block_vars))
        yield '" defer></script>\n'
    else:
        pass
        yield '<p>'
        yield escape(context.call((undefined(name='gettext') if l_0_gettext is missing else l_0_gettext), 'No fact records a transfer yet (add a <code>transfer</code> block to a fact).', _block_vars=_block_vars))
        yield '</p>\n'

blocks = {'main': block_main}
debug_info = '1=13&2=16&3=24&4=59&5=61&6=64&7=68&8=70&9=73&11=89&13=91&15=96'
# briefing precompiled template 9ec4702fb5653309b19f50a6919ed546a77215928732dbcc858270c03673ec99
