from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'entities.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    l_0_i18n = missing
    pass
    parent_template = environment.get_template('base.html', 'entities.html')
    for name, parent_block in parent_template.blocks.items():
        context.blocks.setdefault(name, []).append(parent_block)
    l_0_i18n = context.vars['i18n'] = environment.get_template('_i18n.html', 'entities.html')._get_default_module(context)
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
    l_0_by_kind = resolve('by_kind')
    try:
        t_1 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    pass
    yield '<h1>'
    yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Entities', _block_vars=_block_vars))
    yield '</h1>\n<p>'
    yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'States, organisations, people, units, weapon systems and places named by the facts.', _block_vars=_block_vars))
    yield '</p>\n'
    for (l_1_kind, l_1_entities) in (undefined(name='by_kind') if l_0_by_kind is missing else l_0_by_kind):
        l_1_kind_label = resolve('kind_label')
        _loop_vars = {}
        pass
        yield '<h2>'
        yield escape(environment.getitem((undefined(name='kind_label') if l_1_kind_label is missing else l_1_kind_label), l_1_kind))
        yield '</h2>\n<ul class="entity-list">\n'
        for l_2_entity in l_1_entities:
            l_2_url = resolve('url')
            l_2_i18n = resolve('i18n')
            l_2_briefing = resolve('briefing')
            _loop_vars = {}
            pass
            yield '  <li><a href="'
            yield escape(context.call((undefined(name='url') if l_2_url is missing else l_2_url), l_2_entity, _loop_vars=_loop_vars))
            yield '">'
            yield escape(context.call(environment.getattr((undefined(name='i18n') if l_2_i18n is missing else l_2_i18n), 'name'), l_2_entity, 'name', _loop_vars=_loop_vars))
            yield '</a>'
            if (environment.getattr(l_2_entity, 'short') and (environment.getattr(l_2_entity, 'short') != environment.getattr(l_2_entity, 'name'))):
                pass
                yield ' ('
                yield escape(context.call(environment.getattr((undefined(name='i18n') if l_2_i18n is missing else l_2_i18n), 'name'), l_2_entity, 'short', _loop_vars=_loop_vars))
                yield ')'
            yield ' <span class="count">('
            yield escape(t_1(context.call(environment.getattr(environment.getattr((undefined(name='briefing') if l_2_briefing is missing else l_2_briefing), 'facts_by_entity'), 'get'), environment.getattr(l_2_entity, 'id'), [], _loop_vars=_loop_vars)))
            yield ')</span></li>\n'
        l_2_entity = l_2_url = l_2_i18n = l_2_briefing = missing
        yield '</ul>\n'
    l_1_kind = l_1_entities = l_1_kind_label = missing

blocks = {'main': block_main}
debug_info = '1=13&2=16&3=20&4=37&5=39&6=41&7=46&9=48&10=55'
# briefing precompiled template 523718e862ab4dc2d477d4d6bb1ea09665c1a7b23d8c763053a4488c39d773d3
